using Passerelle.Core.Workforce;

namespace Passerelle.Core.Staffing;

/// <summary>Distinct workers in post at a facility for one cadre × sex × employment status.</summary>
public sealed record Headcount(string FacilityId, string CadreCode, Sex Sex, EmploymentStatus EmploymentStatus, int Count);

/// <summary>Counts distinct workers, so that a person holding two roles at one facility counts once.</summary>
public static class HeadcountCalculator
{
    /// <summary>
    /// Headcount by facility × cadre × sex × employment status. A worker appearing twice in the same
    /// facility and cadre (two roles) is counted once; the first occurrence's sex and status are kept.
    /// </summary>
    public static IReadOnlyList<Headcount> Count(IEnumerable<StaffAssignment> assignments)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        var seen = new HashSet<(string Facility, string Cadre, string Worker)>();
        var counts = new Dictionary<(string Facility, string Cadre, Sex Sex, EmploymentStatus Status), int>();
        foreach (var a in assignments)
        {
            if (!seen.Add((a.FacilityId, a.CadreCode, a.WorkerPseudonym)))
            {
                continue;
            }

            var key = (a.FacilityId, a.CadreCode, a.Sex, a.EmploymentStatus);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts
            .Select(kv => new Headcount(kv.Key.Facility, kv.Key.Cadre, kv.Key.Sex, kv.Key.Status, kv.Value))
            .OrderBy(h => h.FacilityId, StringComparer.Ordinal)
            .ThenBy(h => h.CadreCode, StringComparer.Ordinal)
            .ThenBy(h => h.Sex)
            .ThenBy(h => h.EmploymentStatus)
            .ToList();
    }

    /// <summary>Total per facility × cadre, summing the sex and status disaggregations.</summary>
    public static IReadOnlyDictionary<(string FacilityId, string CadreCode), int> ByFacilityAndCadre(IEnumerable<Headcount> headcounts) =>
        headcounts
            .GroupBy(h => (h.FacilityId, h.CadreCode))
            .ToDictionary(g => g.Key, g => g.Sum(h => h.Count));
}
