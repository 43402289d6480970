using System.Text.Json.Nodes;
using Passerelle.Testing;

namespace Passerelle.Emulators.Tests.Dhis2;

/// <summary>The recorded real DHIS2 payloads and responses of <c>reference/dhis2/fixtures</c>.</summary>
internal static class Fixtures
{
    public static string Path(string name) => RepositoryPaths.ReferenceFile("dhis2", "fixtures", name);

    public static string Text(string name) => File.ReadAllText(Path(name));

    public static JsonNode Json(string name) => JsonNode.Parse(Text(name))!;

    /// <summary>The recorded body of an <c>ade_*</c>/<c>maps_*</c> fixture (under <c>response</c>).</summary>
    public static JsonNode Recorded(string name) => Json(name)["response"]!;

    /// <summary>The recorded request line of an <c>ade_*</c>/<c>maps_*</c> fixture, e.g. <c>GET /api/40/…</c>.</summary>
    public static string RecordedRequest(string name) => (string)Json(name)["_source"]!["request"]!;
}
