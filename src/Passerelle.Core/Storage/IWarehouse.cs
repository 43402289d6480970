namespace Passerelle.Core.Storage;

/// <summary>
/// The warehouse every pipeline stage reads from and writes to, whatever engine holds it
/// (an embedded DuckDB file or a PostgreSQL server). Each property is one port.
/// </summary>
public interface IWarehouse : IAsyncDisposable
{
    IRunLedger Runs { get; }

    IAuditLog Audit { get; }

    IStagingStore Staging { get; }

    ICrosswalkStore Crosswalk { get; }

    IDimensionStore Dimensions { get; }

    IFactStore Facts { get; }

    IResultStore Results { get; }

    IPushLedger Pushes { get; }

    /// <summary>Local accounts of the web app.</summary>
    IUserStore Users { get; }
}
