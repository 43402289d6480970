using System.Net;
using System.Text.Json.Nodes;

namespace Passerelle.Emulators.Ihris;

/// <summary>The OperationOutcome bodies HAPI (and the iHRIS backend) answer errors with.</summary>
internal static class OperationOutcomes
{
    public static JsonObject Error(string code, string diagnostics) => new()
    {
        ["resourceType"] = "OperationOutcome",
        ["text"] = new JsonObject
        {
            ["status"] = "generated",
            ["div"] = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><h1>Operation Outcome</h1><table border=\"0\"><tr><td style=\"font-weight: bold;\">ERROR</td><td>[]</td><td>"
                + WebUtility.HtmlEncode(diagnostics) + "</td></tr></table></div>",
        },
        ["issue"] = new JsonArray
        {
            new JsonObject { ["severity"] = "error", ["code"] = code, ["diagnostics"] = diagnostics },
        },
    };

    /// <summary>HAPI 404 for an unknown id (HAPI-2001).</summary>
    public static JsonObject NotFound(string resourceType, string id) =>
        Error("processing", $"HAPI-2001: Resource {resourceType}/{id} is not known");

    /// <summary>HAPI 410 for a deleted resource.</summary>
    public static JsonObject Deleted(string resourceType, string id, int versionId, DateTimeOffset at) =>
        Error("processing", $"Resource was deleted at {FhirInstant.Format(at)} ({resourceType}/{id}/_history/{versionId})");

    /// <summary>HAPI 410 for a <c>_getpages</c> id that expired or never existed (PageMethodBinding.unknownSearchId).</summary>
    public static JsonObject UnknownSearch(string searchId) =>
        Error("processing", $"Search ID \"{searchId}\" does not exist and may have expired");

    /// <summary>HAPI 404 for an unknown resource type.</summary>
    public static JsonObject UnknownResourceType(string resourceType, IEnumerable<string> known) =>
        Error("not-supported", $"Unknown resource type '{resourceType}' - Server knows how to handle: [{string.Join(", ", known.Order(StringComparer.Ordinal))}]");

    /// <summary>iHRIS backend (routes/fhir.js) without a logged-in user: <c>outcomes.NOTLOGGEDIN</c>.</summary>
    public static JsonObject NotLoggedIn() => new()
    {
        ["resourceType"] = "OperationOutcome",
        ["issue"] = new JsonArray
        {
            new JsonObject { ["severity"] = "error", ["code"] = "security", ["diagnostics"] = "Not logged in" },
        },
    };

    /// <summary>iHRIS backend (routes/fhir.js): every HAPI error is caught and answered 500 with
    /// <c>outcomes.ERROR</c>, its diagnostics set to the axios error message.</summary>
    public static JsonObject BackendError(int hapiStatus) => new()
    {
        ["resourceType"] = "OperationOutcome",
        ["issue"] = new JsonArray
        {
            new JsonObject { ["severity"] = "error", ["code"] = "exception", ["diagnostics"] = $"Request failed with status code {hapiStatus}" },
        },
    };
}
