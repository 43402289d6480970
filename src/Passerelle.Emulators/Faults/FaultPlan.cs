using System.Text.Json;
using System.Text.Json.Serialization;
using YamlDotNet.Serialization;

namespace Passerelle.Emulators.Faults;

/// <summary>
/// The faults an emulator injects, deterministic for a given <see cref="Seed"/>.
/// File format (JSON, or the same keys in YAML), see <c>faults.sample.json</c>:
/// <code>
/// { "seed": 42,
///   "rules": [
///     { "kind": "Latency", "pathPrefix": "/api/organisationUnits", "delayMs": 800, "probability": 0.5 },
///     { "kind": "Status", "pathPrefix": "/api/dataValueSets", "method": "GET", "statusCode": 503, "everyNth": 3 },
///     { "kind": "Drop", "pathPrefix": "/api/analytics", "firstN": 1 },
///     { "kind": "SlowBody", "pathPrefix": "/api/dataElements", "chunkBytes": 32, "delayMs": 50 },
///     { "kind": "ExpiredAuth", "afterRequests": 100 },
///     { "kind": "PartialImport", "pathPrefix": "/api/dataValueSets", "method": "POST", "acceptFirst": 10, "firstN": 1 },
///     { "kind": "Body", "pathPrefix": "/api/system/info", "contentType": "text/html", "body": "&lt;html&gt;Maintenance&lt;/html&gt;" } ] }
/// </code>
/// kind: Latency | Status | Drop | SlowBody | ExpiredAuth | PartialImport | Body; pathPrefix (default "/"), method (default any);
/// when: probability (0–1), everyNth, firstN (all optional, combined with AND; none = always).
/// </summary>
public sealed record FaultPlan
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>No faults.</summary>
    public static FaultPlan None { get; } = new();

    /// <summary>Seed of the generator behind <see cref="FaultRule.Probability"/>.</summary>
    public int Seed { get; init; }

    public IReadOnlyList<FaultRule> Rules { get; init; } = [];

    /// <summary>Reads a plan from a <c>.json</c>, <c>.yaml</c> or <c>.yml</c> file.</summary>
    /// <exception cref="InvalidDataException">The file is not a valid plan; the message names the file and the cause.</exception>
    public static async Task<FaultPlan> LoadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Fichier de pannes introuvable / fault file not found: {path}", path);
        }

        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        var isYaml = path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
        try
        {
            return isYaml ? FromYaml(text) : FromJson(text);
        }
        catch (Exception e) when (e is JsonException or YamlDotNet.Core.YamlException or NotSupportedException)
        {
            throw new InvalidDataException($"Plan de pannes invalide / invalid fault plan: {path}: {e.Message}", e);
        }
    }

    public static FaultPlan FromJson(string json) =>
        JsonSerializer.Deserialize<FaultPlan>(json, JsonOptions) ?? None;

    public static FaultPlan FromYaml(string yaml)
    {
        // YAML is read as a plain tree, then bound with the JSON rules, so both formats mean the same.
        var tree = new DeserializerBuilder().Build().Deserialize<object>(yaml);
        return tree is null ? None : FromJson(JsonSerializer.Serialize(ToJsonShape(tree)));
    }

    private static object? ToJsonShape(object? node) => node switch
    {
        IDictionary<object, object?> map => map.ToDictionary(e => e.Key.ToString() ?? "", e => ToJsonShape(e.Value)),
        IList<object?> list => list.Select(ToJsonShape).ToList(),
        _ => node,
    };
}
