using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Passerelle.HealthMap.Registry;

/// <summary>The JSON form of an import result: stable (same file, same bytes), enums by name, readable accents.</summary>
public static class RegistryResultJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(RegistryImportResult result) => JsonSerializer.Serialize(result, Options);

    public static Task SerializeAsync(Stream output, RegistryImportResult result, CancellationToken cancellationToken) =>
        JsonSerializer.SerializeAsync(output, result, Options, cancellationToken);
}
