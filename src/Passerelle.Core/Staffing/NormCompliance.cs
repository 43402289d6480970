using Passerelle.Core.Facilities;
using Passerelle.Core.Norms;

namespace Passerelle.Core.Staffing;

/// <summary>Staff in post against the staffing norm for one cadre of one facility.</summary>
/// <param name="Gap">Actual minus required: negative is a shortage, positive a surplus.</param>
public sealed record CadreNormCheck(string CadreCode, int Required, int Actual, bool IsAssumption)
{
    public int Gap => Actual - Required;

    public bool Meets => Actual >= Required;
}

/// <summary>A facility's staffing against every cadre its type's norm names.</summary>
public sealed record FacilityNormCompliance(
    string FacilityId,
    FacilityType FacilityType,
    string NormVersion,
    IReadOnlyList<CadreNormCheck> Cadres)
{
    /// <summary>True when every cadre of the norm is staffed at least to its minimum.</summary>
    public bool MeetsNorm => Cadres.Count > 0 && Cadres.All(c => c.Meets);

    public int CadresMet => Cadres.Count(c => c.Meets);
}

/// <summary>Compares headcounts with the staffing norms valid on a date.</summary>
public sealed class NormComplianceCalculator(IReadOnlyList<StaffingNorm> norms)
{
    /// <summary>
    /// The compliance of one facility, or null when no norm covers its type on that date (such
    /// facilities are left out of compliance shares rather than counted as failing).
    /// </summary>
    public FacilityNormCompliance? Check(
        string facilityId,
        FacilityType type,
        DateOnly date,
        IReadOnlyDictionary<(string FacilityId, string CadreCode), int> headcount)
    {
        var applicable = norms.Where(n => n.FacilityType == type && n.IsValidOn(date)).ToList();
        if (applicable.Count == 0)
        {
            return null;
        }

        // Several editions may overlap on a transition day: the latest one wins.
        var version = applicable.MaxBy(n => n.ValidFrom)!.Version;
        var checks = applicable
            .Where(n => n.Version == version)
            .OrderBy(n => n.CadreCode, StringComparer.Ordinal)
            .Select(n => new CadreNormCheck(
                n.CadreCode,
                n.MinimumHeadcount,
                headcount.GetValueOrDefault((facilityId, n.CadreCode)),
                n.IsAssumption))
            .ToList();
        return new FacilityNormCompliance(facilityId, type, version, checks);
    }
}
