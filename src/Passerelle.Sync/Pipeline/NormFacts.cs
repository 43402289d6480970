using Passerelle.Core.Facilities;
using Passerelle.Core.Storage;
using Passerelle.HealthMap.Norms;
using Passerelle.HealthMap.Population;
using StoredCoverageNorm = Passerelle.Core.Storage.CoverageNorm;

namespace Passerelle.Sync.Pipeline;

/// <summary>The Carte sanitaire's coverage and density norms and the ANSD population as warehouse facts.</summary>
internal static class NormFacts
{
    /// <summary>Marks a norm that awaits the official table, in the stored source.</summary>
    public const string AssumptionMark = "HYPOTHÈSE / ASSUMPTION — ";

    /// <summary>Coverage norms (one row per facility type) and density norms (cadres joined by « + ») of an edition, with its validity.</summary>
    public static IEnumerable<StoredCoverageNorm> CoverageOf(NormsEdition edition)
    {
        foreach (var norm in edition.Coverage)
        {
            foreach (var type in norm.FacilityTypes)
            {
                yield return new StoredCoverageNorm(edition.Version, norm.RuleId, type, null, norm.MaximumPopulationPerFacility, "people-per-facility",
                    edition.ValidFrom, edition.ValidTo, SourceOf(norm.Source, norm.IsAssumption));
            }
        }

        foreach (var norm in edition.Density)
        {
            yield return new StoredCoverageNorm(edition.Version, norm.RuleId, FacilityType.Unknown, string.Join('+', norm.CadreCodes), (double)norm.Threshold,
                norm.Measure.ToString(), edition.ValidFrom, edition.ValidTo, SourceOf(norm.Source, norm.IsAssumption));
        }
    }

    /// <summary>Regions and departments for every year of the table, with women 15–49 (estimated where the table has none).</summary>
    public static IEnumerable<PopulationEstimate> PopulationOf(PopulationTable table) =>
        table.Figures
            .Where(f => f.Level is PopulationLevel.National or PopulationLevel.Region or PopulationLevel.Department)
            .Select(f => new PopulationEstimate(f.Code, f.Year, f.Population, PopulationTable.Women15To49(f).Women15To49))
            .DistinctBy(e => (e.UnitCode, e.Year));

    private static string SourceOf(string source, bool isAssumption) => isAssumption ? AssumptionMark + source : source;
}
