using System.Collections.Concurrent;
using ChatBuddy.Grains.Catalog.Search;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace ChatBuddy.Grains.Assistant.Routing;

/// <summary>
/// The offline coordinator's intent model: ML.NET maximum-entropy classification over accent-folded
/// character 1–4-grams and word 1–2-grams, trained with a fixed seed from our own utterances when
/// first used (about a second), so the model is always the one the shipped data makes.
/// </summary>
public sealed class IntentClassifier
{
    private const int Seed = 20261127;
    private readonly MLContext _ml = new(Seed);
    private readonly TransformerChain<MulticlassPredictionTransformer<MaximumEntropyModelParameters>> _model;
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
            .Append(_ml.MulticlassClassification.Trainers.SdcaMaximumEntropy("Label", "Features", maximumNumberOfIterations: 200));
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
            var scores = engine.Predict(new Input { Text = Normalize(text), Agent = "" }).Score;
            var order = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ToArray();
            return new IntentPrediction(_labels[order[0]], scores[order[0]], _labels[order[1]], scores[order[1]]);
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    private static string Normalize(string text) => TextFolding.Fold(text.Length > 500 ? text[..500] : text);

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
