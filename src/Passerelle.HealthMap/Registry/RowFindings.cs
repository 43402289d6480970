using Passerelle.HealthMap.Mapping;

namespace Passerelle.HealthMap.Registry;

/// <summary>Collects the findings of one row, each located by file, row and column.</summary>
internal sealed class RowFindings(string file, int row, HeaderLayout layout)
{
    private readonly List<ImportFinding> _findings = [];

    public IReadOnlyList<ImportFinding> All => _findings;

    public bool HasErrors => _findings.Any(f => f.Severity == FindingSeverity.Error);

    public IReadOnlyList<ImportFinding> Errors => _findings.Where(f => f.Severity == FindingSeverity.Error).ToList();

    public void Add(FindingSeverity severity, string code, RegistryField? field, string french, string english) =>
        _findings.Add(new ImportFinding(file, row, field is { } f ? layout.HeaderOf(f) : null, severity, code, french, english));

    public void AddForColumns(FindingSeverity severity, string code, string columns, string french, string english) =>
        _findings.Add(new ImportFinding(file, row, columns, severity, code, french, english));
}
