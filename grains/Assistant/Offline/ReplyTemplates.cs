using System.Globalization;
using System.Reflection;
using System.Text;
using ChatBuddy.Grains.Assistant.Language;
using Fluid;
using Fluid.Values;

namespace ChatBuddy.Grains.Assistant.Offline;

/// <summary>
/// The offline model's voice: Fluid (Liquid) templates per answer and language, shipped inside the
/// assembly, with Hungarian filters — <c>az</c>/<c>Az</c> (article), <c>huf</c> (12 990 Ft),
/// <c>date_hu</c>/<c>date_en</c>, <c>status</c> (order status in words) and <c>reg</c> (informal |
/// formal register, chosen per shop).
/// </summary>
public sealed class ReplyTemplates
{
    private const string Prefix = "assistant.templates.";
    private static readonly CultureInfo Hungarian = CultureInfo.GetCultureInfo("hu-HU");
    private readonly Dictionary<string, IFluidTemplate> _templates = new(StringComparer.Ordinal);
    private readonly TemplateOptions _options = new();

    public ReplyTemplates()
    {
        var parser = new FluidParser();
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            var name = resource[Prefix.Length..^".liquid".Length];
            if (!parser.TryParse(reader.ReadToEnd(), out var template, out var error))
            {
                throw new InvalidOperationException($"Template {name} does not parse: {error}");
            }

            _templates[name] = template;
        }

        _options.MemberAccessStrategy = new UnsafeMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase };
        _options.CultureInfo = CultureInfo.InvariantCulture;
        _options.Filters.AddFilter("az", (input, _, _) => new StringValue(HungarianGrammar.WithArticle(input.ToStringValue(), capital: false)));
        _options.Filters.AddFilter("Az", (input, _, _) => new StringValue(HungarianGrammar.WithArticle(input.ToStringValue(), capital: true)));
        _options.Filters.AddFilter("huf", (input, _, context) => new StringValue(Forint((long)input.ToNumberValue(), Lang(context))));
        _options.Filters.AddFilter("date_hu", (input, _, _) => new StringValue(AsDate(input) is { } d ? d.ToString("MMMM d.", Hungarian) : ""));
        _options.Filters.AddFilter("date_en", (input, _, _) => new StringValue(AsDate(input) is { } d ? d.ToString("d MMMM", CultureInfo.InvariantCulture) : ""));
        _options.Filters.AddFilter("status", (input, args, _) => new StringValue(OrderStatusWords.Describe(input.ToStringValue(), args.At(0).ToStringValue())));
        _options.Filters.AddFilter("reg", (input, args, context) =>
            context.GetValue("formal").ToBooleanValue() ? args.At(0) : input);
    }

    public IReadOnlyCollection<string> Names => _templates.Keys;

    public string Render(string name, string language, bool formal, IReadOnlyDictionary<string, object?> values)
    {
        var key = $"{name}.{(language == "en" ? "en" : "hu")}";
        if (!_templates.TryGetValue(key, out var template))
        {
            throw new ArgumentException($"No template {key}.", nameof(name));
        }

        var context = new TemplateContext(_options);
        context.SetValue("lang", language);
        context.SetValue("formal", formal);
        foreach (var (k, v) in values)
        {
            context.SetValue(k, v);
        }

        return Tidy(template.Render(context));
    }

    public static string Forint(long amount, string language) =>
        language == "en"
            ? amount.ToString("#,0", CultureInfo.InvariantCulture) + " Ft"
            : amount.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ') + " Ft";

    private static string Lang(TemplateContext context) => context.GetValue("lang").ToStringValue();

    private static DateOnly? AsDate(FluidValue input) => input.ToObjectValue() switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        DateTimeOffset o => DateOnly.FromDateTime(o.UtcDateTime),
        string s when DateOnly.TryParse(s, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    private static string Tidy(string text)
    {
        var builder = new StringBuilder();
        var blank = false;
        foreach (var line in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var trimmed = line.TrimEnd();
            if (trimmed.Length == 0)
            {
                blank = builder.Length > 0;
                continue;
            }

            builder.Append(builder.Length == 0 ? "" : blank ? "\n\n" : "\n").Append(trimmed);
            blank = false;
        }

        return builder.ToString();
    }
}
