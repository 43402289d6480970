using System.Text.Json.Nodes;

namespace Passerelle.Emulators.Dhis2.DataValues;

/// <summary>
/// An export of <c>GET /api/dataValueSets</c>: the header properties (header form only) and the rendered values, enumerated
/// once, after the store lock is released (the archived part is read lazily, see <see cref="Dhis2ValueArchive"/>).
/// </summary>
internal sealed record DataValueSet(JsonObject Header, IEnumerable<ExportedDataValue> Values);

/// <summary>One value as exported, ids already in the requested scheme; <paramref name="Deleted"/> only with <c>includeDeleted</c>.</summary>
internal sealed record ExportedDataValue(
    string DataElement,
    string Period,
    string OrgUnit,
    string CategoryOptionCombo,
    string AttributeOptionCombo,
    string? Value,
    string? StoredBy,
    string Created,
    string LastUpdated,
    string? Comment,
    bool FollowUp,
    bool? Deleted);
