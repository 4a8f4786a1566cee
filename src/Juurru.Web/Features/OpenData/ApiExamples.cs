using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Juurru.Features.OpenData;

/// <summary>One recorded call of an API operation: the request's address and what the demo content answered.</summary>
/// <param name="Json">The answer, when it is JSON (arrays cut to their first items, long texts shortened).</param>
/// <param name="Text">The answer's first lines, when it is a file of text (CSV, JSON Lines).</param>
public sealed record ApiExample(string Request, string ContentType, JsonNode? Json, string? Text);

/// <summary>
/// Examples in the OpenAPI document: each operation's example request and its answer, recorded from the demo content
/// (<c>Examples/{operationId}.json</c>, embedded). The example request's query and route values become the parameters'
/// examples. A test calls every recorded request again and fails when an answer's shape has changed since, so an
/// example cannot drift from what the API says; the same test records them anew (README: "API examples").
/// </summary>
public sealed class ApiExamples : IOpenApiOperationTransformer
{
    private const string Prefix = "Juurru.Features.OpenData.Examples.";

    private static readonly Lazy<IReadOnlyDictionary<string, ApiExample>> Recorded = new(Load);

    public static IReadOnlyDictionary<string, ApiExample> All => Recorded.Value;

    /// <summary>How the files are written: indented, with Finnish letters as themselves, so that a reader can review them.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.OperationId is not { } id || !All.TryGetValue(id, out var example)) return Task.CompletedTask;
        var values = ValuesOf(example.Request, context.Description.RelativePath ?? "");
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.Name is { } name && values.TryGetValue(name, out var value))
                parameter.Example = parameter.Schema?.Type is { } type && type.HasFlag(JsonSchemaType.Integer) && int.TryParse(value, out var number)
                    ? JsonValue.Create(number) : JsonValue.Create(value);
        }
        operation.Responses ??= new OpenApiResponses();
        if (!operation.Responses.TryGetValue("200", out var answer)) operation.Responses["200"] = answer = new OpenApiResponse { Description = "OK" };
        if (answer is OpenApiResponse response)
        {
            response.Content ??= new Dictionary<string, OpenApiMediaType>();
            if (!response.Content.TryGetValue(example.ContentType, out var media)) response.Content[example.ContentType] = media = new OpenApiMediaType();
            media.Example = example.Json?.DeepClone() ?? JsonValue.Create(example.Text);
        }
        return Task.CompletedTask;
    }

    /// <summary>The query's values and the route's ("/api/v1/practices/3" against "api/v1/practices/{id}": id = 3).</summary>
    public static Dictionary<string, string> ValuesOf(string request, string template)
    {
        var uri = new Uri(new Uri("http://localhost"), request);
        var values = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(uri.Query).ToDictionary(kv => kv.Key, kv => kv.Value.ToString());
        var path = uri.AbsolutePath.Trim('/').Split('/');
        var parts = template.Trim('/').Split('/');
        for (var i = 0; i < Math.Min(path.Length, parts.Length); i++)
        {
            // "{id}", "{slug}", or "practices.{format}": the value is what stands where the braces are.
            var open = parts[i].IndexOf('{');
            if (open < 0 || parts[i].IndexOf('}') is var close && close < open) continue;
            var name = parts[i][(open + 1)..close].Split(':')[0];
            var suffix = parts[i][(close + 1)..];
            if (path[i].Length >= open + suffix.Length) values[name] = Uri.UnescapeDataString(path[i][open..^suffix.Length]);
        }
        return values;
    }

    private static IReadOnlyDictionary<string, ApiExample> Load()
    {
        var assembly = typeof(ApiExamples).Assembly;
        return assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .ToDictionary(n => n[Prefix.Length..^".json".Length], n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                return JsonSerializer.Deserialize<ApiExample>(stream, Json) ?? throw new InvalidOperationException($"{n} is empty.");
            });
    }
}
