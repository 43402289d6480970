using Passerelle.Core.Facilities;
using Passerelle.Core.Norms;
using Passerelle.Core.Staffing;
using Passerelle.Core.Storage;
using Passerelle.Core.Workforce;

namespace Passerelle.Sync.Analysis;

/// <summary>Everything the staffing analysis needs, already read from the warehouse.</summary>
/// <param name="FacilityOfRole">Source facility id of a role → golden facility id (accepted links only).</param>
/// <param name="CadreOfJob">Source job code → national cadre code (accepted mappings only).</param>
public sealed record StaffingInputs(
    DateOnly ReferenceDate,
    string Period,
    IReadOnlyList<FacilityDimension> Facilities,
    IReadOnlySet<string> ClosedFacilities,
    IReadOnlyList<WorkerRole> Roles,
    IReadOnlyDictionary<string, string> FacilityOfRole,
    IReadOnlyDictionary<string, string> CadreOfJob,
    IReadOnlyList<StaffingNorm> Norms);

/// <summary>What the staffing analysis found.</summary>
/// <param name="RolesWithoutFacility">Roles in post on the reference date that name no facility at all.</param>
public sealed record StaffingResult(
    IReadOnlyList<StaffCount> Staff,
    IReadOnlyList<FacilityNormCompliance> Compliance,
    IReadOnlyList<IndicatorValue> Indicators,
    int WorkersInPost,
    int RolesAtUnknownFacility,
    int RolesWithUnmappedJob,
    int DuplicateWorkers,
    int RolesWithoutFacility = 0)
{
    public int FacilitiesMeetingNorm => Compliance.Count(c => c.MeetsNorm);

    /// <summary>Share of facilities with a norm that meet it, in [0, 1]; null when no facility has a norm.</summary>
    public double? ShareMeetingNorm => Compliance.Count == 0 ? null : (double)FacilitiesMeetingNorm / Compliance.Count;
}

/// <summary>
/// Headcount by facility × cadre × sex × status on the reference date, the staffing norm, the gap and
/// compliance per facility, and the share of facilities meeting their norm by district, region and type.
/// </summary>
public static class StaffingAnalysis
{
    public const string Headcount = "PASS_EFFECTIF";
    public const string NormRequired = "PASS_NORME";
    public const string NormGap = "PASS_ECART_NORME";
    public const string MeetsNorm = "PASS_CONFORME";
    public const string ShareMeetingNorm = "PASS_PCT_CONFORMES";
    public const string StaffAtUnknownFacility = "PASS_DQ_PERSONNEL_STRUCTURE_INCONNUE";
    public const string DuplicateWorkers = "PASS_DQ_DOUBLONS";

    public static StaffingResult Compute(StaffingInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var tally = new StaffingTally(inputs.ReferenceDate, inputs.FacilityOfRole, inputs.CadreOfJob);
        foreach (var role in inputs.Roles)
        {
            tally.Add(role);
        }

        return tally.Result(inputs.Period, inputs.Facilities, inputs.ClosedFacilities, inputs.Norms);
    }

    /// <summary>Headcounts, norm compliance and indicators from the roles a <see cref="StaffingTally"/> kept.</summary>
    internal static StaffingResult Conclude(
        string period, DateOnly referenceDate, IReadOnlyList<FacilityDimension> facilities, IReadOnlySet<string> closedFacilities, IReadOnlyList<StaffingNorm> norms,
        IReadOnlyList<StaffAssignment> assignments, int unknownFacility, int unmappedJob, int duplicates, int withoutFacility)
    {
        var headcounts = HeadcountCalculator.Count(assignments);
        var staff = headcounts
            .Select(h => new StaffCount(period, referenceDate, h.FacilityId, h.CadreCode, h.Sex, h.EmploymentStatus, h.Count))
            .ToList();
        var byCadre = HeadcountCalculator.ByFacilityAndCadre(headcounts);
        var calculator = new NormComplianceCalculator(norms);
        var compliance = facilities
            .Where(f => !closedFacilities.Contains(f.GoldenId))
            .Select(f => calculator.Check(f.GoldenId, f.Type, referenceDate, byCadre))
            .OfType<FacilityNormCompliance>()
            .ToList();

        var indicators = new List<IndicatorValue>();
        foreach (var ((facility, cadre), count) in byCadre.OrderBy(k => k.Key.FacilityId, StringComparer.Ordinal).ThenBy(k => k.Key.CadreCode, StringComparer.Ordinal))
        {
            indicators.Add(Value(Headcount, period, OrgLevel.Facility, facility, $"cadre={cadre}", count));
        }

        foreach (var c in compliance)
        {
            foreach (var check in c.Cadres)
            {
                indicators.Add(Value(NormRequired, period, OrgLevel.Facility, c.FacilityId, $"cadre={check.CadreCode}", check.Required));
                indicators.Add(Value(NormGap, period, OrgLevel.Facility, c.FacilityId, $"cadre={check.CadreCode}", check.Gap));
            }

            indicators.Add(Value(MeetsNorm, period, OrgLevel.Facility, c.FacilityId, "", c.MeetsNorm ? 1 : 0));
        }

        indicators.AddRange(Shares(period, facilities, compliance));
        indicators.Add(Value(StaffAtUnknownFacility, period, OrgLevel.Country, "SN", "", unknownFacility));
        indicators.Add(Value(DuplicateWorkers, period, OrgLevel.Country, "SN", "", duplicates));
        var workers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var assignment in assignments)
        {
            workers.Add(assignment.WorkerPseudonym);
        }

        return new StaffingResult(staff, compliance, indicators, workers.Count, unknownFacility, unmappedJob, duplicates, withoutFacility);
    }

    private static IEnumerable<IndicatorValue> Shares(string period, IReadOnlyList<FacilityDimension> dimension, IReadOnlyList<FacilityNormCompliance> compliance)
    {
        var facilities = dimension.ToDictionary(f => f.GoldenId, StringComparer.Ordinal);
        IEnumerable<IndicatorValue> ShareBy(OrgLevel level, Func<FacilityDimension, string?> unitOf)
        {
            foreach (var group in compliance
                .Select(c => (Compliance: c, Facility: facilities[c.FacilityId]))
                .GroupBy(x => (Unit: unitOf(x.Facility), x.Facility.Type))
                .Where(g => g.Key.Unit is not null)
                .OrderBy(g => g.Key.Unit, StringComparer.Ordinal).ThenBy(g => g.Key.Type))
            {
                var met = group.Count(x => x.Compliance.MeetsNorm);
                var total = group.Count();
                yield return new IndicatorValue(ShareMeetingNorm, period, level, group.Key.Unit!, $"type={group.Key.Type.Code()}",
                    100.0 * met / total, met, total, false);
            }

            foreach (var group in compliance
                .GroupBy(c => unitOf(facilities[c.FacilityId]))
                .Where(g => g.Key is not null)
                .OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var met = group.Count(c => c.MeetsNorm);
                yield return new IndicatorValue(ShareMeetingNorm, period, level, group.Key!, "", 100.0 * met / group.Count(), met, group.Count(), false);
            }
        }

        return ShareBy(OrgLevel.District, f => f.DistrictCode)
            .Concat(ShareBy(OrgLevel.Region, f => f.RegionCode))
            .Concat(ShareBy(OrgLevel.Country, _ => "SN"));
    }

    private static IndicatorValue Value(string code, string period, OrgLevel level, string unit, string key, double value) =>
        new(code, period, level, unit, key, value, null, null, false);
}
