using System.Globalization;

namespace Passerelle.Sync.Operations;

/// <summary>Who holds the run lock: enough for an operator to find the process, nothing personal.</summary>
/// <param name="ProcessId">The operating-system process id (for PostgreSQL: the server backend's pid).</param>
/// <param name="Host">The machine name (for PostgreSQL: the client address).</param>
/// <param name="Purpose">What the holder runs (<c>sync</c>, <c>schedule</c>…).</param>
public sealed record RunLockHolder(int ProcessId, string Host, string Purpose, DateTimeOffset StartedAt)
{
    /// <summary>« processus 123 sur hôte, sync, depuis 2026-11-25 02:00:00Z » / process 123 on host…</summary>
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"processus / process {ProcessId} sur / on {Host} ({Purpose}), depuis / since {StartedAt:yyyy-MM-dd HH:mm:ss}Z");
}
