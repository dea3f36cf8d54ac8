using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.ML;
using Microsoft.ML.Transforms.Text;

namespace ChatBuddy.Grains.Security.Guard;

/// <summary>
/// The guard's ML.NET binary classifier: logistic regression (SDCA, fixed seed, one thread) over
/// character 1–4-grams and word 1–2-grams of the folded text, plus word 1–2-grams of its crude stems
/// (<see cref="Stems"/>). Like the routing model it ships inside
/// the assembly (injection-model.zip, made by <c>chatbuddy train guard</c>) with the hash of the data it
/// was trained on; a test fails when they drift apart.
/// </summary>
public sealed class InjectionClassifier
{
    public const string ModelResource = "guard.injection-model.zip";
    public const string HashResource = "guard.injection-model.sha256";
    private const int Seed = 20261127;
    private const int MaxChars = 1000;
    private const int StemLength = 6;
    private readonly MLContext _ml = new(Seed);
    private readonly ITransformer _model;

    // PredictionEngine is not thread-safe (dotnet/machinelearning#1718): one engine per concurrent caller.
    private readonly ConcurrentBag<PredictionEngine<Input, Output>> _engines = [];

    private InjectionClassifier(Func<MLContext, ITransformer> build) => _model = build(_ml);

    public static InjectionClassifier Train(IReadOnlyList<GuardExample> training) => new(ml =>
    {
        var data = ml.Data.LoadFromEnumerable(training.Select(e => Input.Of(e.Text, e.IsInjection)));
        var folded = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = true,
            KeepNumbers = true,
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = true },
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var stems = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepDiacritics = true,
            KeepPunctuations = false,
            KeepNumbers = true,
            CharFeatureExtractor = null,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var pipeline = ml.Transforms.Text.FeaturizeText("TextFeatures", folded, nameof(Input.Text))
            .Append(ml.Transforms.Text.FeaturizeText("StemFeatures", stems, nameof(Input.Stems)))
            .Append(ml.Transforms.Concatenate("Features", "TextFeatures", "StemFeatures"))
            .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(new Microsoft.ML.Trainers.SdcaLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(Input.Label),
                FeatureColumnName = "Features",
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 400,

                // Weak regularisation: at 1e-4 the model did not even fit its own minority shapes (a training line
                // scored 0.10); 3e-6 fits them, and its sharper scores want a higher threshold (GuardOptions).
                L2Regularization = 3e-6f,
            }));
        return pipeline.Fit(data);
    });

    /// <summary>The model shipped in this assembly.</summary>
    public static InjectionClassifier LoadShipped() => new(ml =>
    {
        using var stream = Resource(ModelResource);
        return ml.Model.Load(stream, out _);
    });

    /// <summary>A model written by <c>chatbuddy train guard</c>, to evaluate before it ships.</summary>
    public static InjectionClassifier Load(Stream model) => new(ml => ml.Model.Load(model, out _));

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
            return engine.Predict(Input.Of(text, label: false)).Probability;
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    /// <summary>
    /// Hungarian piles suffixes onto a word ("utasításaidat", "utasításokat", "utasításaidról"); its first
    /// letters are a crude but steady stem, so word pairs like "tekints semmis" or "korabb utasit" match
    /// across inflections and the English words stay whole.
    /// </summary>
    public static string Stems(string folded) =>
        string.Join(' ', Catalog.Search.TextFolding.Words(folded).Select(w => w.Length > StemLength ? w[..StemLength] : w));

    private static Stream Resource(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"The embedded resource {name} is missing; run `chatbuddy train guard`.");

    private sealed class Input
    {
        public string Text { get; set; } = "";

        public string Stems { get; set; } = "";

        public static Input Of(string text, bool label)
        {
            var folded = GuardText.Fold(text.Length > MaxChars ? text[..MaxChars] : text);
            return new Input { Text = folded, Stems = InjectionClassifier.Stems(folded), Label = label };
        }

        public bool Label { get; set; }
    }

    private sealed class Output
    {
        public float Probability { get; set; }
    }
}
