namespace Passerelle.HealthMap.Norms;

/// <summary>A norms file that cannot be used; <see cref="Problems"/> lists each row and reason, French / English.</summary>
public sealed class NormsFileException(string source, IReadOnlyList<string> problems)
    : Exception($"Fichier de normes invalide / invalid norms file: {source}{Environment.NewLine}{string.Join(Environment.NewLine, problems)}")
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
