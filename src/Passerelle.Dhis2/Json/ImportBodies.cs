using System.Text.Json;
using Passerelle.Dhis2.Push;

namespace Passerelle.Dhis2.Json;

/// <summary>Wire shape of a metadata ImportReport (web-api.md §5.2).</summary>
internal sealed record ImportReportBody(
    Dhis2ImportStatus Status, StatsBody? Stats, IReadOnlyList<TypeReportBody>? TypeReports);

internal sealed record StatsBody(int Created, int Updated, int Deleted, int Ignored, int Total)
{
    public ImportStats ToStats() => new(Created, Updated, Deleted, Ignored, Total);
}

internal sealed record TypeReportBody(string? Klass, StatsBody? Stats, IReadOnlyList<ObjectReportBody>? ObjectReports);

internal sealed record ObjectReportBody(
    string? Klass, int? Index, string? Uid, string? DisplayName, IReadOnlyList<MetadataErrorReport>? ErrorReports);

/// <summary>Wire shape of a data value ImportSummary (web-api.md §6.3).</summary>
internal sealed record ImportSummaryBody(
    Dhis2ImportStatus Status,
    string? Description,
    ImportCountBody? ImportCount,
    IReadOnlyList<ImportConflictBody>? Conflicts);

internal sealed record ImportCountBody(int Imported, int Updated, int Ignored, int Deleted);

internal sealed record ImportConflictBody(
    string? Object,
    Dictionary<string, JsonElement>? Objects,
    string? Value,
    string? ErrorCode,
    string? Property,
    IReadOnlyList<int>? Indexes);
