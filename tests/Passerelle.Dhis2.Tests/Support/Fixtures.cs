using System.Text.Json;
using Passerelle.Testing;

namespace Passerelle.Dhis2.Tests.Support;

/// <summary>Recorded real DHIS2 responses from reference/dhis2/fixtures (see PROVENANCE.md there).</summary>
internal static class Fixtures
{
    /// <summary>The recorded body; <c>ade_*</c> and <c>maps_*</c> files are unwrapped from <c>{"_source","response"}</c>.</summary>
    public static string Body(string fileName)
    {
        var text = File.ReadAllText(RepositoryPaths.ReferenceFile("dhis2", "fixtures", fileName));
        if (!fileName.StartsWith("ade_", StringComparison.Ordinal) && !fileName.StartsWith("maps_", StringComparison.Ordinal)
            && !fileName.StartsWith("core_e2e_analytics", StringComparison.Ordinal))
        {
            return text;
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement.GetProperty("response").GetRawText();
    }

    /// <summary>The status code the fixture was recorded with (wrapped files only), else 200.</summary>
    public static int StatusCode(string fileName)
    {
        var text = File.ReadAllText(RepositoryPaths.ReferenceFile("dhis2", "fixtures", fileName));
        using var document = JsonDocument.Parse(text);
        return document.RootElement.TryGetProperty("_source", out var source)
            && source.TryGetProperty("statusCode", out var code) ? code.GetInt32() : 200;
    }
}
