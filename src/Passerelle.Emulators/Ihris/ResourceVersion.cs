using System.Text.Json.Nodes;

namespace Passerelle.Emulators.Ihris;

/// <summary>One version of a resource in the store's history; a deletion is a version without a resource.</summary>
/// <param name="Resource">The resource as stored (with <c>meta.versionId</c> and <c>meta.lastUpdated</c>), or null when this version deletes it. Never mutated.</param>
/// <param name="Sequence">Order of creation of the resource in the store (HAPI's pid order, the default search order).</param>
public sealed record ResourceVersion(
    string ResourceType,
    string Id,
    int VersionId,
    DateTimeOffset LastUpdated,
    JsonObject? Resource,
    long Sequence)
{
    public bool IsDeleted => Resource is null;
}
