namespace Passerelle.Warehouse.Database;

internal enum BulkType
{
    Text,
    Int32,
    Int64,
    Double,
    Boolean,
    Date,
    Timestamp,
}

internal sealed record BulkColumn(string Name, BulkType Type);

/// <summary>
/// A table loaded in bulk (DuckDB appender, PostgreSQL binary COPY). Columns are listed in the table's
/// own order because the DuckDB appender fills every column positionally.
/// </summary>
internal sealed record BulkTable(string Name, IReadOnlyList<BulkColumn> Columns);
