namespace Passerelle.Sync.Operations;

/// <summary>Another run holds the warehouse's run lock; the message names the holder when it is known.</summary>
public sealed class RunLockHeldException(string warehouse, RunLockHolder? holder)
    : Exception(
        "Une autre synchronisation est en cours sur cet entrepôt / another sync is running on this warehouse: "
        + (holder?.Describe() ?? "détenteur inconnu / unknown holder")
        + $" — attendez sa fin, ou arrêtez ce processus s'il est bloqué / wait for it to end, or stop that process if it is stuck ({warehouse})")
{
    public RunLockHolder? Holder { get; } = holder;
}
