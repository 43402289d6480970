namespace Passerelle.Core.Storage;

/// <summary>A file imported once: its content hash makes a second import of the same bytes a no-op.</summary>
/// <param name="ContentHash">Hex SHA-256 of the file's bytes.</param>
/// <param name="Kind">What the file held, e.g. <c>registry</c>, <c>norms</c>, <c>ihris-csv</c>.</param>
public sealed record ImportRecord(string ContentHash, string FileName, string Kind, long RowCount, DateTimeOffset ImportedAt);
