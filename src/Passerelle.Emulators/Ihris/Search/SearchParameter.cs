using System.Text.Json.Nodes;

namespace Passerelle.Emulators.Ihris.Search;

/// <summary>One search parameter of a resource type: its FHIR type and how a single value (one
/// alternative of a comma list) matches a resource.</summary>
internal sealed record SearchParameter(string Name, SearchParameterType Type, Func<JsonObject, string, string?, bool> Matches);

internal enum SearchParameterType
{
    Token,
    Reference,
    String,
    Date,
    Uri,
}
