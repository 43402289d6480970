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
        var tally = new HeadcountTally();
        foreach (var a in assignments)
        {
            tally.Add(a.WorkerPseudonym, a.FacilityId, a.CadreCode, a.Sex, a.EmploymentStatus);
        }

        return tally.Headcounts();
    }

    /// <summary>Total per facility × cadre, summing the sex and status disaggregations.</summary>
    public static IReadOnlyDictionary<(string FacilityId, string CadreCode), int> ByFacilityAndCadre(IEnumerable<Headcount> headcounts) =>
        headcounts
            .GroupBy(h => (h.FacilityId, h.CadreCode))
            .ToDictionary(g => g.Key, g => g.Sum(h => h.Count));
}

/// <summary>
/// <see cref="HeadcountCalculator.Count"/> fed one assignment at a time, holding no worker's pseudonym: each is kept as
/// a 64-bit key (<see cref="WorkerKey"/>), so a million workers cost a few dozen bytes each.
/// </summary>
public sealed class HeadcountTally
{
    private readonly HashSet<(string Facility, string Cadre, ulong Worker)> _seen = [];
    private readonly Dictionary<(string Facility, string Cadre, Sex Sex, EmploymentStatus Status), int> _counts = [];

    /// <summary>Counts the worker once per facility × cadre; the first occurrence's sex and status are kept.</summary>
    public void Add(string workerPseudonym, string facilityId, string cadreCode, Sex sex, EmploymentStatus status)
    {
        if (_seen.Add((facilityId, cadreCode, WorkerKey.Of(workerPseudonym))))
        {
            var key = (facilityId, cadreCode, sex, status);
            _counts[key] = _counts.GetValueOrDefault(key) + 1;
        }
    }

    /// <summary>The headcounts so far, by facility, cadre, sex and status.</summary>
    public IReadOnlyList<Headcount> Headcounts() =>
        _counts
            .Select(kv => new Headcount(kv.Key.Facility, kv.Key.Cadre, kv.Key.Sex, kv.Key.Status, kv.Value))
            .OrderBy(h => h.FacilityId, StringComparer.Ordinal)
            .ThenBy(h => h.CadreCode, StringComparer.Ordinal)
            .ThenBy(h => h.Sex)
            .ThenBy(h => h.EmploymentStatus)
            .ToList();
}

/// <summary>
/// A worker pseudonym reduced to 64 bits (FNV-1a with a final mix), for counting distinct workers without holding their
/// strings. Two of a million pseudonyms share a key with a probability of about 3 in 100 million.
/// </summary>
public static class WorkerKey
{
    public static ulong Of(string pseudonym)
    {
        ArgumentNullException.ThrowIfNull(pseudonym);
        var hash = 14695981039346656037UL;
        foreach (var c in pseudonym)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCDUL;
        hash ^= hash >> 33;
        hash *= 0xC4CEB9FE1A85EC53UL;
        return hash ^ (hash >> 33);
    }
}
