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
/// <param name="Indicators">The staffing indicators, computed as they are enumerated (about two per facility × cadre: a
/// million workers give millions of values, written to the warehouse as they come rather than held).</param>
/// <param name="RolesWithoutFacility">Roles in post on the reference date that name no facility at all.</param>
public sealed record StaffingResult(
    IReadOnlyList<StaffCount> Staff,
    IReadOnlyList<FacilityNormCompliance> Compliance,
    IEnumerable<IndicatorValue> Indicators,
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

    /// <summary>Norm compliance and indicators from the headcounts a <see cref="StaffingTally"/> made.</summary>
    internal static StaffingResult Conclude(
        string period, DateOnly referenceDate, IReadOnlyList<FacilityDimension> facilities, IReadOnlySet<string> closedFacilities, IReadOnlyList<StaffingNorm> norms,
        IReadOnlyList<Headcount> headcounts, int workersInPost, int unknownFacility, int unmappedJob, int duplicates, int withoutFacility)
    {
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

        var indicators = Indicators(period, facilities, byCadre, compliance, unknownFacility, duplicates);
        return new StaffingResult(staff, compliance, indicators, workersInPost, unknownFacility, unmappedJob, duplicates, withoutFacility);
    }

    private static IEnumerable<IndicatorValue> Indicators(
        string period, IReadOnlyList<FacilityDimension> facilities, IReadOnlyDictionary<(string FacilityId, string CadreCode), int> byCadre,
        IReadOnlyList<FacilityNormCompliance> compliance, int unknownFacility, int duplicates)
    {
        // One "cadre=…" key per cadre, shared by every value that names it.
        var cadreKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        string CadreKey(string cadre) =>
            cadreKeys.TryGetValue(cadre, out var key) ? key : cadreKeys[cadre] = $"cadre={cadre}";

        foreach (var ((facility, cadre), count) in byCadre.OrderBy(k => k.Key.FacilityId, StringComparer.Ordinal).ThenBy(k => k.Key.CadreCode, StringComparer.Ordinal))
        {
            yield return Value(Headcount, period, OrgLevel.Facility, facility, CadreKey(cadre), count);
        }

        foreach (var c in compliance)
        {
            foreach (var check in c.Cadres)
            {
                yield return Value(NormRequired, period, OrgLevel.Facility, c.FacilityId, CadreKey(check.CadreCode), check.Required);
                yield return Value(NormGap, period, OrgLevel.Facility, c.FacilityId, CadreKey(check.CadreCode), check.Gap);
            }

            yield return Value(MeetsNorm, period, OrgLevel.Facility, c.FacilityId, "", c.MeetsNorm ? 1 : 0);
        }

        foreach (var share in Shares(period, facilities, compliance))
        {
            yield return share;
        }

        yield return Value(StaffAtUnknownFacility, period, OrgLevel.Country, "SN", "", unknownFacility);
        yield return Value(DuplicateWorkers, period, OrgLevel.Country, "SN", "", duplicates);
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
