namespace Passerelle.HealthMap.Registry;

/// <summary>
/// Everything one import of a facility list produced. The same file always gives the same result
/// (no clock, no random ids), so <see cref="RegistrySourceFile.ContentHash"/> identifies it.
/// </summary>
/// <param name="RowsRead">Data rows read after the header, blank rows excepted: always Loaded + Quarantined.</param>
/// <param name="BlankRowsSkipped">Empty rows after the header (nothing to load).</param>
public sealed record RegistryImportResult(
    RegistrySourceFile Source,
    bool IsRefused,
    IReadOnlyList<RegistryFacility> Facilities,
    IReadOnlyList<QuarantinedRow> Quarantine,
    IReadOnlyList<ImportFinding> Findings,
    int RowsRead,
    int BlankRowsSkipped)
{
    public int RowsLoaded => Facilities.Count;

    public int RowsQuarantined => Quarantine.Count;

    /// <summary>True when the file was not refused and at least one facility was loaded.</summary>
    public bool IsUsable => !IsRefused && RowsLoaded > 0;

    /// <summary>Rows read = loaded + quarantined: no row is lost.</summary>
    public bool IsBalanced => RowsRead == RowsLoaded + RowsQuarantined;

    public int Count(FindingSeverity severity) => Findings.Count(f => f.Severity == severity);
}
