using Passerelle.Dhis2.Http;

namespace Passerelle.Dhis2.Metadata;

/// <summary>
/// A <c>GET /api/metadata</c> export (web-api.md §5.3): the types wanted (<c>{type}=true</c>), filters sent to each
/// of them as <c>{type}:filter</c>, and the fields (default <c>:owner</c>, the form an import takes back).
/// </summary>
public sealed record Dhis2MetadataExportQuery
{
    /// <summary>Plural collection names, e.g. <c>dataElements</c>. At least one.</summary>
    public IReadOnlyList<string> Types { get; init; } = [];

    /// <summary>Object filters (<c>code:$like:PASS_</c>) applied to every type.</summary>
    public IReadOnlyList<string> Filters { get; init; } = [];

    public string Fields { get; init; } = ":owner";

    /// <summary><c>defaults=EXCLUDE</c>: leave out the <c>default</c> category model objects.</summary>
    public bool ExcludeDefaults { get; init; } = true;

    internal string ToRelativeUrl()
    {
        if (Types.Count == 0)
        {
            throw new ArgumentException("Indiquez au moins un type de métadonnées / give at least one metadata type");
        }

        var query = new QueryString();
        foreach (var type in Types)
        {
            query.Add(type, true).Add(type + ":fields", Fields).AddAll(type + ":filter", Filters);
        }

        return query.Add("defaults", ExcludeDefaults ? "EXCLUDE" : null).AppendTo("metadata");
    }
}
