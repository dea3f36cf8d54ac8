using System.Collections.Concurrent;
using ChatBuddy.Grains.Catalog.Search;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace ChatBuddy.Grains.Assistant.Routing;

/// <summary>
/// The offline coordinator's intent model: ML.NET one-versus-all linear SVMs over accent-folded
/// character 1–4-grams and word 1–2-grams of the text and of its Hungarian stems, trained with a
/// fixed seed from our own utterances at start-up (a few seconds), so the model is always the one the
/// shipped data makes. Chosen by measurement on the held-out set (docs/routing/README.md).
/// </summary>
public sealed class IntentClassifier
{
    private const int Seed = 20261127;
    private readonly MLContext _ml = new(Seed);
    private readonly TransformerChain<MulticlassPredictionTransformer<OneVersusAllModelParameters>> _model;
    private readonly string[] _labels;

    // PredictionEngine is not thread-safe (dotnet/machinelearning#1718): one engine per concurrent caller.
    private readonly ConcurrentBag<PredictionEngine<Input, Output>> _engines = [];

    public IntentClassifier(IReadOnlyList<Utterance> training)
    {
        var data = _ml.Data.LoadFromEnumerable(training.Select(u => new Input { Text = Normalize(u.Text), Agent = u.Agent }));
        var featurizer = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = false,
            KeepNumbers = true,
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = true },
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var pipeline = _ml.Transforms.Conversion.MapValueToKey("Label", nameof(Input.Agent))
            .Append(_ml.Transforms.Text.FeaturizeText("Features", featurizer, nameof(Input.Text)))
            .Append(_ml.MulticlassClassification.Trainers.OneVersusAll(
                _ml.BinaryClassification.Trainers.LinearSvm("Label", "Features", numberOfIterations: 200)));
        _model = pipeline.Fit(data);

        VBuffer<ReadOnlyMemory<char>> names = default;
        _model.GetOutputSchema(data.Schema)["Score"].GetSlotNames(ref names);
        _labels = names.DenseValues().Select(n => n.ToString()).ToArray();
        TrainingSize = training.Count;
    }

    public int TrainingSize { get; }

    public static IntentClassifier TrainShipped() => new(Utterance.LoadShipped());

    public IntentPrediction Predict(string text)
    {
        if (!_engines.TryTake(out var engine))
        {
            engine = _ml.Model.CreatePredictionEngine<Input, Output>(_model);
        }

        try
        {
            var scores = Softmax(engine.Predict(new Input { Text = Normalize(text), Agent = "" }).Score);
            var order = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ToArray();
            return new IntentPrediction(_labels[order[0]], scores[order[0]], _labels[order[1]], scores[order[1]]);
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    /// <summary>The folded text and its stems, so "rendelesemet" and "rendelésem" share features.</summary>
    private static string Normalize(string text)
    {
        var folded = TextFolding.Fold(text.Length > 500 ? text[..500] : text);
        var words = TextFolding.Words(folded);
        var ordinal = Slots.SlotExtractor.Ordinal(text);
        return $"{folded} | {string.Join(' ', words.Select(QueryParser.Stem))} | {string.Join(' ', IntentCues.For(words, ordinal))}";
    }

    // SVM margins are not probabilities; a tempered softmax makes them comparable across messages.
    private static float[] Softmax(float[] margins)
    {
        const float Temperature = 0.25f;
        var max = margins.Max();
        var exp = margins.Select(m => MathF.Exp((m - max) / Temperature)).ToArray();
        var sum = exp.Sum();
        return exp.Select(e => e / sum).ToArray();
    }

    private sealed class Input
    {
        public string Text { get; set; } = "";

        public string Agent { get; set; } = "";
    }

    private sealed class Output
    {
        public float[] Score { get; set; } = [];
    }
}
