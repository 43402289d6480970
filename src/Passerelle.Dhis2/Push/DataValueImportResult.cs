namespace Passerelle.Dhis2.Push;

/// <summary>
/// What DHIS2 did with one chunk of data values. A summary with conflicts is a result, not an exception,
/// whatever HTTP status carried it (200 or 409, web-api.md §6.3).
/// </summary>
/// <param name="ChunkIndex">0-based chunk number.</param>
/// <param name="FirstValueIndex">Position of the chunk's first value in everything sent; add it to conflict indexes.</param>
/// <param name="ValueCount">Values sent in this chunk.</param>
public sealed record DataValueImportResult(
    int ChunkIndex,
    int FirstValueIndex,
    int ValueCount,
    int HttpStatusCode,
    Dhis2ImportStatus Status,
    string? Description,
    int Imported,
    int Updated,
    int Ignored,
    int Deleted,
    IReadOnlyList<DataValueImportConflict> Conflicts)
{
    /// <summary>Values DHIS2 stored. 2.43+ reports creates as updates, so both are counted (web-api.md §6.3).</summary>
    public int Accepted => Imported + Updated;

    /// <summary>True when nothing was refused.</summary>
    public bool IsSuccess => Status is Dhis2ImportStatus.Success or Dhis2ImportStatus.Ok && Conflicts.Count == 0;
}

/// <summary>
/// One conflict: the object concerned, the offending value (when DHIS2 gives it), the reason, the code and the
/// 0-based indexes of the values in the chunk.
/// </summary>
public sealed record DataValueImportConflict(
    string? Object,
    IReadOnlyDictionary<string, string>? Objects,
    string? Reason,
    string? ErrorCode,
    string? Property,
    IReadOnlyList<int> Indexes)
{
    /// <summary>The offending value when DHIS2 names it in <c>objects.value</c>.</summary>
    public string? Value => Objects is not null && Objects.TryGetValue("value", out var value) ? value : null;

    public override string ToString() => $"{ErrorCode} {Object}: {Reason}";
}
