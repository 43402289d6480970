using System.Text.Json;
using Passerelle.Dhis2.Json;
using Passerelle.Dhis2.Metadata.Objects;

namespace Passerelle.Dhis2.Metadata;

/// <summary>A <c>/api/metadata</c> import document: one array per object type, in dependency order.</summary>
public sealed record Dhis2MetadataPackage(
    IReadOnlyList<CategoryOptionObject> CategoryOptions,
    IReadOnlyList<CategoryObject> Categories,
    IReadOnlyList<CategoryComboObject> CategoryCombos,
    IReadOnlyList<DataElementObject> DataElements,
    IReadOnlyList<DataSetObject> DataSets,
    IReadOnlyList<IndicatorTypeObject> IndicatorTypes,
    IReadOnlyList<IndicatorObject> Indicators,
    IReadOnlyList<OrganisationUnitGroupObject> OrganisationUnitGroups,
    IReadOnlyList<OrganisationUnitGroupSetObject> OrganisationUnitGroupSets,
    IReadOnlyList<VisualizationObject> Visualizations,
    IReadOnlyList<MapObject> Maps,
    IReadOnlyList<DashboardObject> Dashboards)
{
    /// <summary>The document as indented JSON with a final newline (for <c>passerelle dhis2 package --out</c> and reviews).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Dhis2Json.Indented) + "\n";

    /// <summary>Writes the document to a stream (UTF-8, indented).</summary>
    public Task WriteToAsync(Stream stream, CancellationToken cancellationToken) =>
        JsonSerializer.SerializeAsync(stream, this, Dhis2Json.Indented, cancellationToken);
}
