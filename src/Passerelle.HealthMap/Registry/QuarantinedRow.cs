namespace Passerelle.HealthMap.Registry;

/// <summary>A row that could not be loaded, with all its cells and the reasons, so that nothing is lost.</summary>
public sealed record QuarantinedRow(int Row, IReadOnlyList<SourceCell> Cells, IReadOnlyList<ImportFinding> Reasons)
{
    /// <summary>The reasons in one line, French then English.</summary>
    public string Reason => string.Join(" ; ", Reasons.Select(r => $"{r.French} / {r.English}"));
}
