using System.Globalization;
using System.Text;
using System.Text.Json;
using CsCheck;

namespace ChatBuddy.Frontend.Tests.Security;

/// <summary>One generated HTTP request for an operation.</summary>
public sealed record FuzzRequest(OpenApiOperation Operation, string PathAndQuery, IReadOnlyList<(string Name, string Value)> Headers, string? Body, string? ContentType)
{
    public override string ToString()
    {
        var body = Body is { Length: > 400 } ? Body[..400] + $"… ({Body.Length} chars)" : Body;
        var path = PathAndQuery.Length > 400 ? PathAndQuery[..400] + "…" : PathAndQuery;
        return $"{Operation.Method} {path} [{string.Join("; ", Headers.Select(h => h.Name + ": " + Shorten(h.Value)))}] {ContentType} {body}";
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;
}

/// <summary>
/// CsCheck generators of requests from the OpenAPI schemas: values the schema allows, values known to
/// exist (the demo shop), and hostile ones — naughty strings, wrong JSON types, missing fields, huge
/// and unicode strings, broken JSON, the wrong content type, the admin key present, absent or wrong.
/// </summary>
public static class OpenApiRequestGen
{
    private const int MaxDepth = 4;

    private static readonly Gen<string?> None = Gen.Const<string?>(() => null);

    private static readonly Gen<string> Naughty = Gen.OneOf(NaughtyPayloads.Sample(5).Select(p => p.Text).ToArray());

    private static readonly Gen<string> Unicode = Gen.OneOf(
        Gen.String,
        Gen.Char["árvíztűrő tükörfúrógépÁRVÍZTŰRŐ😀🇭🇺\u202e\u200b\ufeff\u0000\ud800"].Array[0, 40].Select(c => new string(c)));

    private static readonly Gen<string> Huge = Gen.Int[2_001, 60_000].Select(n => new string('ű', n));

    /// <summary>Any text a client can encode (lone surrogates become U+FFFD; a JSON body still gets them as escapes, see <see cref="WrongJson"/>).</summary>
    private static readonly Gen<string> AnyString = Gen.Frequency((3, Gen.String[0, 30]), (3, Naughty), (2, Unicode), (1, Huge)).Select(WellFormed);

    /// <summary>JSON text that is not what the schema asks for.</summary>
    private static readonly Gen<string> WrongJson = Gen.OneOf(
        Gen.OneOf("null", "true", "false", "0", "-1", "1e308", "-2147483649", "9223372036854775808", "1.5", "[]", "{}", "[null]", "\"\"", "\"\\ud800\"", "\"\\u0000\"", "{\"$ne\":null}", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"),
        AnyString.Select(s => JsonSerializer.Serialize(s)),
        Gen.Long.Select(n => n.ToString(CultureInfo.InvariantCulture)));

    /// <summary>A whole body that is not the operation's JSON.</summary>
    private static readonly Gen<string> JunkBody = Gen.OneOf(
        Gen.OneOf("", " ", "{", "{\"message\":", "not json", "<xml/>", "{\"a\":1}}", "\u0000", "[" + string.Concat(Enumerable.Repeat("[", 5000)) + "]"),
        WrongJson,
        AnyString);

    private static readonly Dictionary<string, string[]> Known = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["shop"] = ["demo"],
        ["shopId"] = ["demo"],
        ["kind"] = ["shipping", "returns", "privacy"],
        ["platform"] = ["shoprenter", "unas"],
        ["locale"] = ["hu", "en"],
        ["message"] = ["van piros futócipő?", "hol tart a HB-20001 rendelésem?"],
        ["q"] = ["futócipő 20 ezer alatt"],
        ["sku"] = ["HB-0001"],
    };

    /// <summary>A request for one of <paramref name="operations"/>.</summary>
    public static Gen<FuzzRequest> For(IReadOnlyList<OpenApiOperation> operations, string adminKey) =>
        Gen.Int[0, operations.Count - 1].SelectMany(i => For(operations[i], adminKey));

    private static Gen<FuzzRequest> For(OpenApiOperation operation, string adminKey)
    {
        var parameters = Sequence(operation.Parameters.Select(p => ParameterValue(p).Select(v => (p, v))));
        var body = operation.Body is { } schema
            ? Gen.Frequency((6, Value(schema, 0, required: true)), (1, JunkBody), (1, None))
            : Gen.Frequency((8, None), (1, JunkBody.Select(b => (string?)b)));
        var contentType = Gen.Frequency((8, Gen.Const<string?>("application/json")), (1, Gen.OneOf<string?>("text/plain", "application/xml", "application/json; charset=latin1", "multipart/form-data")), (1, None));
        var adminHeader = operation.IsAdmin
            ? Gen.Frequency((3, Gen.Const<string?>(adminKey)), (1, None), (1, HeaderSafe(AnyString).Select(s => (string?)s)))
            : Gen.Frequency((9, None), (1, Gen.Const<string?>(adminKey)));
        var bearer = Gen.Frequency((4, None), (1, HeaderSafe(AnyString).Select(s => (string?)("Bearer " + s))));
        var idempotency = Gen.Frequency((4, None), (1, HeaderSafe(AnyString).Select(s => (string?)s)));

        return Gen.Select(parameters, body, contentType, adminHeader, bearer, idempotency, (values, json, type, admin, auth, key) =>
        {
            var path = new StringBuilder(operation.Path);
            var query = new List<string>();
            var headers = new List<(string, string)>();
            foreach ((OpenApiParameter parameter, string? value) in values)
            {
                switch (parameter.In)
                {
                    case "path":
                        // A path segment cannot be missing, and a NUL in a path never reaches an app (Kestrel
                        // answers 400 itself; the test server refuses to send it).
                        path.Replace("{" + parameter.Name + "}", Uri.EscapeDataString((value ?? "x").Replace("\0", "", StringComparison.Ordinal)));
                        break;
                    case "query" when value is not null:
                        query.Add(Uri.EscapeDataString(parameter.Name) + "=" + Uri.EscapeDataString(value));
                        break;
                    case "header" when value is not null:
                        headers.Add((parameter.Name, HeaderSafeText(value)));
                        break;
                }
            }

            AddHeader(headers, "X-Admin-Key", admin);
            AddHeader(headers, "Authorization", auth);
            AddHeader(headers, "Idempotency-Key", key);
            var pathAndQuery = query.Count == 0 ? path.ToString() : path + "?" + string.Join("&", query);
            return new FuzzRequest(operation, pathAndQuery, headers, json, json is null ? null : type);
        });
    }

    private static void AddHeader(List<(string, string)> headers, string name, string? value)
    {
        if (value is not null && !headers.Any(h => string.Equals(h.Item1, name, StringComparison.OrdinalIgnoreCase)))
        {
            headers.Add((name, value));
        }
    }

    /// <summary>A parameter's text: the schema's kind of value, a known one, a hostile one, or none.</summary>
    private static Gen<string?> ParameterValue(OpenApiParameter parameter)
    {
        var fromSchema = Value(parameter.Schema, 0, required: true).Select(json => (string?)AsText(json));
        var known = Known.TryGetValue(parameter.Name, out var values) ? Gen.OneOf(values).Select(v => (string?)v) : fromSchema;
        return Gen.Frequency(
            (3, known),
            (3, fromSchema),
            (3, AnyString.Select(s => (string?)s)),
            (1, None));
    }

    /// <summary>JSON text for <paramref name="schema"/>: mostly what it describes, sometimes wrong, missing or hostile.</summary>
    private static Gen<string?> Value(JsonElement schema, int depth, bool required)
    {
        var valid = Valid(schema, depth);
        return Gen.Frequency(
            (6, valid.Select(v => (string?)v)),
            (2, WrongJson.Select(v => (string?)v)),
            (1, Gen.Const<string?>(required ? "null" : null)));
    }

    private static Gen<string> Valid(JsonElement schema, int depth)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return WrongJson;
        }

        if (schema.TryGetProperty("enum", out var choices) && choices.ValueKind == JsonValueKind.Array && choices.GetArrayLength() > 0)
        {
            return Gen.OneOf(choices.EnumerateArray().Select(c => c.GetRawText()).ToArray());
        }

        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.TryGetProperty(combinator, out var options) && options.GetArrayLength() > 0)
            {
                return Gen.OneOf(options.EnumerateArray().Where(o => TypeOf(o) != "null").Select(o => Valid(o, depth)).DefaultIfEmpty(WrongJson).ToArray());
            }
        }

        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        return TypeOf(schema) switch
        {
            "string" when format == "uuid" => Gen.Guid.Select(g => JsonSerializer.Serialize(g.ToString())),
            "string" when format == "date-time" => Gen.DateTimeOffset.Select(d => JsonSerializer.Serialize(d)),
            "string" => AnyString.Select(s => JsonSerializer.Serialize(s)),
            "integer" => Gen.Frequency((3, Gen.Int[-5, 100]), (1, Gen.Int)).Select(n => n.ToString(CultureInfo.InvariantCulture)),
            "number" => Gen.Double.Select(d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : "0"),
            "boolean" => Gen.Bool.Select(b => b ? "true" : "false"),
            "array" when depth < MaxDepth => Valid(schema.TryGetProperty("items", out var items) ? items : default, depth + 1)
                .Array[0, 4].Select(a => "[" + string.Join(",", a) + "]"),
            "object" or null when depth < MaxDepth && schema.TryGetProperty("properties", out var properties) => Object(schema, properties, depth),
            _ => WrongJson,
        };
    }

    private static Gen<string> Object(JsonElement schema, JsonElement properties, int depth)
    {
        var required = schema.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.Array
            ? r.EnumerateArray().Select(n => n.GetString()).ToHashSet(StringComparer.Ordinal)
            : [];
        var members = properties.EnumerateObject()
            .Select(p => Value(p.Value, depth + 1, required.Contains(p.Name))
                .Select(v => v is null ? null : JsonSerializer.Serialize(p.Name) + ":" + v));
        return Sequence(members).Select(m => "{" + string.Join(",", m.Where(x => x is not null)) + "}");
    }

    private static string? TypeOf(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return null;
        }

        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t != "null")
            : type.GetString();
    }

    private static string AsText(string? json)
    {
        if (json is null)
        {
            return "";
        }

        using var document = JsonDocument.Parse(json);
        try
        {
            return document.RootElement.ValueKind == JsonValueKind.String ? document.RootElement.GetString()! : json;
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate has no text form; the JSON itself goes instead.
            return json;
        }
    }

    private static string WellFormed(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var paired = char.IsHighSurrogate(chars[i]) ? i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])
                : !char.IsLowSurrogate(chars[i]) || (i > 0 && char.IsHighSurrogate(chars[i - 1]));
            if (!paired)
            {
                chars[i] = '\ufffd';
            }
        }

        return new string(chars);
    }

    private static Gen<string> HeaderSafe(Gen<string> text) => text.Select(HeaderSafeText);

    /// <summary>HTTP headers cannot carry line breaks or NUL; everything else goes as it is.</summary>
    private static string HeaderSafeText(string text) =>
        new(text.Where(c => c is not ('\r' or '\n' or '\0')).Take(8_000).ToArray());

    private static Gen<IReadOnlyList<T>> Sequence<T>(IEnumerable<Gen<T>> gens) =>
        gens.Aggregate(Gen.Const<IReadOnlyList<T>>([]), (all, next) => all.Select(next, (list, item) => (IReadOnlyList<T>)[.. list, item]));
}
