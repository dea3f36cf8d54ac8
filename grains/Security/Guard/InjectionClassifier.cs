using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.ML;
using Microsoft.ML.Transforms.Text;

namespace ChatBuddy.Grains.Security.Guard;

/// <summary>
/// The guard's ML.NET binary classifier: logistic regression (SDCA, fixed seed, one thread) over
/// character 1–4-grams and word 1–2-grams of the folded text. Like the routing model it ships inside
/// the assembly (injection-model.zip, made by <c>chatbuddy train guard</c>) with the hash of the data it
/// was trained on; a test fails when they drift apart.
/// </summary>
public sealed class InjectionClassifier
{
    public const string ModelResource = "guard.injection-model.zip";
    public const string HashResource = "guard.injection-model.sha256";
    private const int Seed = 20261127;
    private const int MaxChars = 1000;
    private readonly MLContext _ml = new(Seed);
    private readonly ITransformer _model;

    // PredictionEngine is not thread-safe (dotnet/machinelearning#1718): one engine per concurrent caller.
    private readonly ConcurrentBag<PredictionEngine<Input, Output>> _engines = [];

    private InjectionClassifier(Func<MLContext, ITransformer> build) => _model = build(_ml);

    public static InjectionClassifier Train(IReadOnlyList<GuardExample> training) => new(ml =>
    {
        var data = ml.Data.LoadFromEnumerable(training.Select(e => new Input { Text = Prepare(e.Text), Label = e.IsInjection }));
        var featurizer = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = true,
            KeepNumbers = true,
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = true },
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var pipeline = ml.Transforms.Text.FeaturizeText("Features", featurizer, nameof(Input.Text))
            .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(new Microsoft.ML.Trainers.SdcaLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(Input.Label),
                FeatureColumnName = "Features",
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 100,
                L2Regularization = 1e-4f,
            }));
        return pipeline.Fit(data);
    });

    /// <summary>The model shipped in this assembly.</summary>
    public static InjectionClassifier LoadShipped() => new(ml =>
    {
        using var stream = Resource(ModelResource);
        return ml.Model.Load(stream, out _);
    });

    public static string RecordedDataHash()
    {
        using var reader = new StreamReader(Resource(HashResource));
        return reader.ReadToEnd().Trim();
    }

    public void Save(Stream stream) =>
        _ml.Model.Save(_model, _ml.Data.LoadFromEnumerable(Array.Empty<Input>()).Schema, stream);

    /// <summary>The probability that <paramref name="text"/> is a prompt injection.</summary>
    public float Probability(string text)
    {
        if (!_engines.TryTake(out var engine))
        {
            engine = _ml.Model.CreatePredictionEngine<Input, Output>(_model);
        }

        try
        {
            return engine.Predict(new Input { Text = Prepare(text) }).Probability;
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    private static string Prepare(string text) => GuardText.Fold(text.Length > MaxChars ? text[..MaxChars] : text);

    private static Stream Resource(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"The embedded resource {name} is missing; run `chatbuddy train guard`.");

    private sealed class Input
    {
        public string Text { get; set; } = "";

        public bool Label { get; set; }
    }

    private sealed class Output
    {
        public float Probability { get; set; }
    }
}
