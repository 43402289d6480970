namespace Passerelle.HealthMap.Registry;

/// <summary>What happened when an import result was stored.</summary>
public enum RegistrySaveOutcome
{
    /// <summary>A file not seen before: its facilities, quarantine and findings were stored.</summary>
    Saved,

    /// <summary>The same content (same hash) was already stored: nothing changed.</summary>
    AlreadyImported,
}

/// <summary>
/// Where imported facility lists go (the warehouse implements it). A store must be idempotent on
/// <see cref="RegistrySourceFile.ContentHash"/>: saving the same result twice changes nothing.
/// </summary>
public interface IRegistryStore
{
    Task<RegistrySaveOutcome> SaveAsync(RegistryImportResult result, CancellationToken cancellationToken);
}
