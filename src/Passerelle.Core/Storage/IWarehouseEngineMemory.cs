namespace Passerelle.Core.Storage;

/// <summary>
/// How much memory the warehouse's engine holds inside this process (an embedded engine's buffers and caches), for
/// measuring. A warehouse whose engine runs in another process (a PostgreSQL server) reports null.
/// </summary>
public interface IWarehouseEngineMemory
{
    Task<long?> EngineMemoryBytesAsync(CancellationToken cancellationToken);
}
