using System.Text.Json;

namespace ChatBuddy.Frontend.Tests.Security;

/// <summary>One parameter of an operation in the served OpenAPI document.</summary>
public sealed record OpenApiParameter(string Name, string In, JsonElement Schema, bool Required);

/// <summary>One operation of the served OpenAPI document, its schemas resolved against the components.</summary>
public sealed record OpenApiOperation(string Method, string Path, IReadOnlyList<OpenApiParameter> Parameters, JsonElement? Body)
{
    public bool IsAdmin => Path.Contains("/admin/", StringComparison.Ordinal);

    public override string ToString() => $"{Method} {Path}";

    /// <summary>Every operation of <paramref name="document"/> (an OpenAPI 3 document).</summary>
    public static IReadOnlyList<OpenApiOperation> All(JsonElement document)
    {
        var components = document.TryGetProperty("components", out var c) && c.TryGetProperty("schemas", out var s) ? s : default;
        var operations = new List<OpenApiOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete"))
            {
                var parameters = operation.Value.TryGetProperty("parameters", out var list)
                    ? list.EnumerateArray().Select(p => new OpenApiParameter(
                        p.GetProperty("name").GetString()!,
                        p.GetProperty("in").GetString()!,
                        Resolve(p.TryGetProperty("schema", out var schema) ? schema : default, components),
                        p.TryGetProperty("required", out var required) && required.GetBoolean())).ToList()
                    : [];
                JsonElement? body = operation.Value.TryGetProperty("requestBody", out var request)
                    && request.TryGetProperty("content", out var content)
                    && content.EnumerateObject().FirstOrDefault(m => m.Name.Contains("json", StringComparison.Ordinal)) is { Value.ValueKind: JsonValueKind.Object } json
                    && json.Value.TryGetProperty("schema", out var bodySchema)
                        ? Resolve(bodySchema, components)
                        : null;
                operations.Add(new OpenApiOperation(operation.Name.ToUpperInvariant(), path.Name, parameters, body));
            }
        }

        return operations;
    }

    /// <summary>The schema with its <c>$ref</c>s (to any depth, cycles cut) replaced by the component they name.</summary>
    private static JsonElement Resolve(JsonElement schema, JsonElement components) =>
        JsonDocument.Parse(Inline(schema, components, 0)).RootElement.Clone();

    private static string Inline(JsonElement schema, JsonElement components, int depth)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return schema.ValueKind == JsonValueKind.Undefined ? "{}" : schema.GetRawText();
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            return depth < 6 && components.ValueKind == JsonValueKind.Object && components.TryGetProperty(name, out var target)
                ? Inline(target, components, depth + 1)
                : "{}";
        }

        var members = schema.EnumerateObject().Select(p => JsonSerializer.Serialize(p.Name) + ":" + p.Value.ValueKind switch
        {
            JsonValueKind.Object when p.Name == "properties" =>
                "{" + string.Join(",", p.Value.EnumerateObject().Select(q => JsonSerializer.Serialize(q.Name) + ":" + Inline(q.Value, components, depth + 1))) + "}",
            JsonValueKind.Object => Inline(p.Value, components, depth + 1),
            JsonValueKind.Array when p.Name is "anyOf" or "oneOf" or "allOf" =>
                "[" + string.Join(",", p.Value.EnumerateArray().Select(q => Inline(q, components, depth + 1))) + "]",
            _ => p.Value.GetRawText(),
        });
        return "{" + string.Join(",", members) + "}";
    }
}
