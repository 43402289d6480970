using Passerelle.HealthMap.Data;

namespace Passerelle.HealthMap.Norms;

/// <summary>
/// The norms editions side by side, each with its validity dates. <see cref="For"/> picks the edition
/// in force on a date, so an indicator for a period is measured against the norm valid then.
/// </summary>
/// <example>
/// <code>
/// var norms = NormsCatalogue.Demo.With(NormsCatalogue.Load("normes_msas_2024.csv"));
/// var edition = norms.For(new DateOnly(2025, 6, 30));
/// var psMinimums = edition.StaffingFor(FacilityType.PosteDeSante);   // IDE 1, SFE 1, AI 1 in the demo
/// </code>
/// </example>
public sealed class NormsCatalogue
{
    private static readonly Lazy<NormsCatalogue> ShippedDemo = new(() =>
        new NormsCatalogue(NormsFileReader.Read(
            System.Text.Encoding.UTF8.GetBytes(EmbeddedData.ReadText(EmbeddedData.DemoNorms)), EmbeddedData.DemoNorms)));

    public NormsCatalogue(IEnumerable<NormsEdition> editions)
    {
        ArgumentNullException.ThrowIfNull(editions);
        Editions = editions.OrderBy(e => e.ValidFrom).ThenBy(e => e.Version, StringComparer.Ordinal).ToList();
        var problems = new List<string>();
        foreach (var duplicate in Editions.GroupBy(e => e.Version, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"Version « {duplicate.Key} » en double / duplicate version '{duplicate.Key}'");
        }

        for (var i = 1; i < Editions.Count; i++)
        {
            var previous = Editions[i - 1];
            if (previous.ValidTo is null || previous.ValidTo >= Editions[i].ValidFrom)
            {
                problems.Add($"Les versions « {previous.Version} » et « {Editions[i].Version} » se chevauchent / versions overlap");
            }
        }

        if (problems.Count > 0)
        {
            throw new NormsFileException("catalogue", problems);
        }
    }

    /// <summary>The demo norms shipped with Passerelle (Data/norms_demo.csv); many rows are ASSUMPTIONs.</summary>
    public static NormsCatalogue Demo => ShippedDemo.Value;

    /// <summary>Editions ordered by start of validity.</summary>
    public IReadOnlyList<NormsEdition> Editions { get; }

    /// <summary>Loads a ministry's norms file (format of Data/NORMS.md).</summary>
    /// <exception cref="NormsFileException">With every row and reason.</exception>
    public static NormsCatalogue Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new NormsFileException(path, [$"Fichier introuvable / file not found: {path}"]);
        }

        return Parse(File.ReadAllBytes(path), Path.GetFileName(path));
    }

    public static NormsCatalogue Parse(byte[] content, string sourceName) => new(NormsFileReader.Read(content, sourceName));

    /// <summary>The edition valid on <paramref name="date"/>, or null.</summary>
    public NormsEdition? TryFor(DateOnly date) => Editions.LastOrDefault(e => e.IsValidOn(date));

    /// <summary>The edition valid on <paramref name="date"/>.</summary>
    /// <exception cref="InvalidOperationException">No edition covers the date.</exception>
    public NormsEdition For(DateOnly date) => TryFor(date)
        ?? throw new InvalidOperationException(
            $"Aucune norme en vigueur le {date:yyyy-MM-dd} / no norms in force on {date:yyyy-MM-dd} (versions : {string.Join(", ", Editions.Select(e => $"{e.Version} {e.ValidFrom:yyyy-MM-dd}→{e.ValidTo?.ToString("yyyy-MM-dd") ?? "…"}"))})");

    /// <summary>This catalogue and another side by side (their periods must not overlap).</summary>
    public NormsCatalogue With(NormsCatalogue other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new NormsCatalogue(Editions.Concat(other.Editions));
    }
}
