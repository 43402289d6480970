namespace Passerelle.HealthMap.Registry;

/// <summary>How much a finding matters.</summary>
public enum FindingSeverity
{
    /// <summary>For information: what was detected or assumed.</summary>
    Info,

    /// <summary>The row is loaded, but a value was dropped or needs checking.</summary>
    Warning,

    /// <summary>The row is quarantined.</summary>
    Error,

    /// <summary>The file is refused: nothing is produced from it.</summary>
    Fatal,
}

/// <summary>
/// One thing an import found, located precisely: file, row and column, with the reason in French and
/// English and a stable code (<c>HM-…</c>) for filtering.
/// </summary>
/// <param name="Row">Line (CSV), worksheet row (XLSX) or feature number (GeoJSON); null for the whole file.</param>
/// <param name="Column">The column as the file names it; null when the finding is about the row or file.</param>
public sealed record ImportFinding(
    string File,
    int? Row,
    string? Column,
    FindingSeverity Severity,
    string Code,
    string French,
    string English)
{
    /// <summary>« fichier:ligne [colonne] — raison / reason ».</summary>
    public override string ToString()
    {
        var where = Row is { } row ? $"{File}:{row}" : File;
        var column = Column is null ? string.Empty : $" [{Column}]";
        return $"{where}{column} — {French} / {English}";
    }
}
