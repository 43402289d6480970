namespace Passerelle.Warehouse;

/// <summary>Which engine holds the warehouse.</summary>
public enum WarehouseEngine
{
    /// <summary>An embedded DuckDB file: the default, one country on one laptop.</summary>
    DuckDb,

    /// <summary>A PostgreSQL server: shared, multi-user deployments.</summary>
    PostgreSql,
}
