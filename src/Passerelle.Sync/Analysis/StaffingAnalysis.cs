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
public sealed record StaffingResult(
    IReadOnlyList<StaffCount> Staff,
    IReadOnlyList<FacilityNormCompliance> Compliance,
    IReadOnlyList<IndicatorValue> Indicators,
    int WorkersInPost,
    int RolesAtUnknownFacility,
    int RolesWithUnmappedJob,
    int DuplicateWorkers)
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
        var assignments = new List<StaffAssignment>();
        var unknownFacility = 0;
        var unmappedJob = 0;
        var roleCountByWorker = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var role in inputs.Roles.Where(r => r.IsInPostOn(inputs.ReferenceDate)))
        {
            roleCountByWorker[role.WorkerPseudonym] = roleCountByWorker.GetValueOrDefault(role.WorkerPseudonym) + 1;
            if (role.FacilitySourceId is null || !inputs.FacilityOfRole.TryGetValue(role.FacilitySourceId, out var facility))
            {
                unknownFacility++;
                continue;
            }

            var cadre = role.CadreCode is { } stated && NationalCadres.ByCode(stated) is not null
                ? stated
                : role.JobCode is not null && inputs.CadreOfJob.TryGetValue(role.JobCode, out var mapped) ? mapped : null;
            if (cadre is null)
            {
                unmappedJob++;
                continue;
            }

            assignments.Add(new StaffAssignment(role.WorkerPseudonym, facility, cadre, role.Sex, role.EmploymentStatus));
        }

        var headcounts = HeadcountCalculator.Count(assignments);
        var staff = headcounts
            .Select(h => new StaffCount(inputs.Period, inputs.ReferenceDate, h.FacilityId, h.CadreCode, h.Sex, h.EmploymentStatus, h.Count))
            .ToList();
        var byCadre = HeadcountCalculator.ByFacilityAndCadre(headcounts);
        var calculator = new NormComplianceCalculator(inputs.Norms);
        var compliance = inputs.Facilities
            .Where(f => !inputs.ClosedFacilities.Contains(f.GoldenId))
            .Select(f => calculator.Check(f.GoldenId, f.Type, inputs.ReferenceDate, byCadre))
            .OfType<FacilityNormCompliance>()
            .ToList();

        var indicators = new List<IndicatorValue>();
        foreach (var ((facility, cadre), count) in byCadre.OrderBy(k => k.Key.FacilityId, StringComparer.Ordinal).ThenBy(k => k.Key.CadreCode, StringComparer.Ordinal))
        {
            indicators.Add(Value(Headcount, inputs.Period, OrgLevel.Facility, facility, $"cadre={cadre}", count));
        }

        foreach (var c in compliance)
        {
            foreach (var check in c.Cadres)
            {
                indicators.Add(Value(NormRequired, inputs.Period, OrgLevel.Facility, c.FacilityId, $"cadre={check.CadreCode}", check.Required));
                indicators.Add(Value(NormGap, inputs.Period, OrgLevel.Facility, c.FacilityId, $"cadre={check.CadreCode}", check.Gap));
            }

            indicators.Add(Value(MeetsNorm, inputs.Period, OrgLevel.Facility, c.FacilityId, "", c.MeetsNorm ? 1 : 0));
        }

        indicators.AddRange(Shares(inputs, compliance));
        var duplicates = roleCountByWorker.Count(kv => kv.Value > 1);
        indicators.Add(Value(StaffAtUnknownFacility, inputs.Period, OrgLevel.Country, "SN", "", unknownFacility));
        indicators.Add(Value(DuplicateWorkers, inputs.Period, OrgLevel.Country, "SN", "", duplicates));
        return new StaffingResult(staff, compliance, indicators, assignments.Select(a => a.WorkerPseudonym).Distinct().Count(),
            unknownFacility, unmappedJob, duplicates);
    }

    private static IEnumerable<IndicatorValue> Shares(StaffingInputs inputs, IReadOnlyList<FacilityNormCompliance> compliance)
    {
        var facilities = inputs.Facilities.ToDictionary(f => f.GoldenId, StringComparer.Ordinal);
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
                yield return new IndicatorValue(ShareMeetingNorm, inputs.Period, level, group.Key.Unit!, $"type={group.Key.Type.Code()}",
                    100.0 * met / total, met, total, false);
            }

            foreach (var group in compliance
                .GroupBy(c => unitOf(facilities[c.FacilityId]))
                .Where(g => g.Key is not null)
                .OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var met = group.Count(c => c.MeetsNorm);
                yield return new IndicatorValue(ShareMeetingNorm, inputs.Period, level, group.Key!, "", 100.0 * met / group.Count(), met, group.Count(), false);
            }
        }

        return ShareBy(OrgLevel.District, f => f.DistrictCode)
            .Concat(ShareBy(OrgLevel.Region, f => f.RegionCode))
            .Concat(ShareBy(OrgLevel.Country, _ => "SN"));
    }

    private static IndicatorValue Value(string code, string period, OrgLevel level, string unit, string key, double value) =>
        new(code, period, level, unit, key, value, null, null, false);
}
