namespace Passerelle.HealthMap.Mapping;

/// <summary>A mapping file that cannot be used; each problem names the line and the fix.</summary>
public sealed class ColumnMappingException(string source, IReadOnlyList<string> problems)
    : Exception($"Correspondance de colonnes invalide / invalid column mapping: {source}{Environment.NewLine}{string.Join(Environment.NewLine, problems)}")
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
