using System.Text.Json;

namespace Passerelle.Dhis2.Push;

/// <summary>
/// The ImportReport of <c>POST /api/metadata</c> (web-api.md §5.2), whether DHIS2 answered 200 or 409.
/// </summary>
public sealed record MetadataImportReport(
    Dhis2ImportStatus Status,
    ImportStats Stats,
    IReadOnlyList<MetadataTypeReport> TypeReports,
    int HttpStatusCode)
{
    /// <summary>True when DHIS2 found no error (<c>OK</c>).</summary>
    public bool IsOk => Status == Dhis2ImportStatus.Ok;

    /// <summary>Every error report, with the object it belongs to.</summary>
    public IReadOnlyList<MetadataImportError> Errors =>
    [
        .. from type in TypeReports
           from obj in type.ObjectReports
           from error in obj.ErrorReports
           select new MetadataImportError(type.Klass, obj.Uid, obj.Index, error.ErrorCode, error.Message, error.ErrorProperty,
               error.MainId),
    ];
}

/// <summary>Counts from an import report.</summary>
public sealed record ImportStats(int Created, int Updated, int Deleted, int Ignored, int Total);

/// <summary>The report for one object type, e.g. <c>org.hisp.dhis.dataelement.DataElement</c>.</summary>
public sealed record MetadataTypeReport(string Klass, ImportStats Stats, IReadOnlyList<MetadataObjectReport> ObjectReports);

/// <summary>The report for one object of the payload (<see cref="Index"/> is its position in its list).</summary>
public sealed record MetadataObjectReport(
    string? Klass, int? Index, string? Uid, string? DisplayName, IReadOnlyList<MetadataErrorReport> ErrorReports);

/// <summary>One DHIS2 ErrorReport (e.g. <c>E4000</c> missing required property, <c>E5002</c> invalid reference).</summary>
public sealed record MetadataErrorReport(
    string? Message,
    string? MainKlass,
    string? ErrorKlass,
    string? ErrorCode,
    string? MainId,
    string? ErrorProperty,
    IReadOnlyList<JsonElement>? ErrorProperties,
    JsonElement? Value);

/// <summary>An error report flattened with the object type, uid and index it concerns.</summary>
public sealed record MetadataImportError(
    string ObjectType, string? Uid, int? Index, string? ErrorCode, string? Message, string? Property, string? MainId)
{
    public override string ToString() =>
        $"{ObjectType.Split('.')[^1]} {Uid ?? "#" + Index} : {ErrorCode} {Message}";
}
