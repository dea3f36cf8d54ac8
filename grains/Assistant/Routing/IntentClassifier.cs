using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;
using ChatBuddy.Grains.Catalog.Search;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace ChatBuddy.Grains.Assistant.Routing;

/// <summary>
/// The offline coordinator's intent model: ML.NET one-versus-all linear SVMs over accent-folded
/// character 1–4-grams and word 1–2-grams of the text, its Hungarian stems and domain cue tokens,
/// trained with a fixed seed from our own utterances. Training takes minutes on two cores, so the
/// trained model ships inside the assembly (intent-model.zip, made by <c>chatbuddy train routing</c>)
/// together with the hash of the data it was trained on; a test fails when they drift apart.
/// </summary>
public sealed class IntentClassifier
{
    public const string ModelResource = "assistant.intent-model.zip";
    public const string HashResource = "assistant.intent-model.sha256";
    private const int Seed = 20261127;
    private readonly MLContext _ml = new(Seed);
    private readonly ITransformer _model;
    private readonly string[] _labels;

    // PredictionEngine is not thread-safe (dotnet/machinelearning#1718): one engine per concurrent caller.
    private readonly ConcurrentBag<PredictionEngine<Input, Output>> _engines = [];

    private IntentClassifier(Func<MLContext, (ITransformer Model, DataViewSchema Input)> build)
    {
        (_model, var input) = build(_ml);
        VBuffer<ReadOnlyMemory<char>> names = default;
        _model.GetOutputSchema(input)["Score"].GetSlotNames(ref names);
        _labels = names.DenseValues().Select(n => n.ToString()).ToArray();
    }

    public static IntentClassifier Train(IReadOnlyList<Utterance> training) => new(ml =>
    {
        var data = ml.Data.LoadFromEnumerable(training.Select(u => new Input { Text = Normalize(u.Text), Agent = u.Agent }));
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
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label", nameof(Input.Agent))
            .Append(ml.Transforms.Text.FeaturizeText("Features", featurizer, nameof(Input.Text)))
            .Append(ml.MulticlassClassification.Trainers.OneVersusAll(
                ml.BinaryClassification.Trainers.LinearSvm("Label", "Features", numberOfIterations: 200)));
        return (pipeline.Fit(data), data.Schema);
    });

    /// <summary>The model shipped in this assembly.</summary>
    public static IntentClassifier LoadShipped() => new(ml =>
    {
        using var stream = Resource(ModelResource);
        var model = ml.Model.Load(stream, out var input);
        return (model, input);
    });

    /// <summary>SHA-256 (hex) of the shipped training data, as recorded beside the model.</summary>
    public static string ShippedDataHash() => Convert.ToHexStringLower(SHA256.HashData(Utterance.ShippedBytes()));

    public static string RecordedDataHash()
    {
        using var reader = new StreamReader(Resource(HashResource));
        return reader.ReadToEnd().Trim();
    }

    public void Save(Stream stream) =>
        _ml.Model.Save(_model, _ml.Data.LoadFromEnumerable(Array.Empty<Input>()).Schema, stream);

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

    private static Stream Resource(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"The embedded resource {name} is missing; run `chatbuddy train routing`.");

    /// <summary>The folded text, its stems and its cue tokens, so "rendelesemet" and "rendelésem" share features.</summary>
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
