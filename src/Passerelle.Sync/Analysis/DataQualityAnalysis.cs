using System.Globalization;
using Passerelle.Core.Facilities;
using Passerelle.Core.Norms;
using Passerelle.Core.Storage;
using Passerelle.Core.Workforce;

namespace Passerelle.Sync.Analysis;

/// <summary>Everything the data-quality checks read, already from the warehouse.</summary>
/// <param name="IhrisFacilities">iHRIS facilities; only those <paramref name="FacilityOfRole"/> does not link are read (the analysis passes only those).</param>
/// <param name="Dhis2Facilities">DHIS2 facilities; only those <paramref name="GoldenOfDhis2"/> does not link are read (the analysis passes only those).</param>
/// <param name="FacilityOfRole">iHRIS facility id → golden id (accepted links).</param>
/// <param name="GoldenOfDhis2">DHIS2 uid → golden id (accepted links).</param>
/// <param name="RegionsWithPopulation">Region codes a population figure exists for.</param>
public sealed record DataQualityInputs(
    string Period,
    DateOnly ReferenceDate,
    IReadOnlyList<FacilityDimension> Facilities,
    IReadOnlySet<string> ClosedFacilities,
    IReadOnlyList<SourceFacility> IhrisFacilities,
    IReadOnlyList<SourceFacility> Dhis2Facilities,
    IReadOnlyDictionary<string, string> FacilityOfRole,
    IReadOnlyDictionary<string, string> GoldenOfDhis2,
    StaffingResult Staffing,
    ServiceYear Activity,
    IReadOnlyList<StaffingNorm> Norms,
    IReadOnlySet<string> RegionsWithPopulation);

/// <summary>
/// Data-quality checks, each a finding in French and English and a count stored as a result: iHRIS facilities
/// not in the registry, DHIS2 units with no registry match, workers without a facility or a cadre, facilities
/// with service activity but no qualified staff, outlying monthly volumes (modified z-score), reporting
/// completeness, facility types without a norm, regions without a population.
/// </summary>
public static class DataQualityAnalysis
{
    public const string IhrisNotInRegistry = "PASS_DQ_STRUCTURE_IHRIS_HORS_REGISTRE";
    public const string Dhis2Unmatched = "PASS_DQ_UNITE_DHIS2_SANS_CORRESPONDANCE";
    public const string WorkerWithoutFacilityOrCadre = "PASS_DQ_AGENT_SANS_STRUCTURE_OU_CADRE";
    public const string ActivityWithoutStaff = "PASS_DQ_ACTIVITE_SANS_PERSONNEL";
    public const string Outlier = "PASS_DQ_VALEUR_ABERRANTE";
    public const string Completeness = "PASS_DQ_COMPLETUDE";
    public const string NormMissing = "PASS_DQ_NORME_MANQUANTE";
    public const string PopulationMissing = "PASS_DQ_POPULATION_MANQUANTE";

    private const string Country = "SN";

    public static DataQualityReport Compute(DataQualityInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var findings = new List<DataQualityFinding>();
        var values = new List<IndicatorValue>();
        IndicatorValue Total(string code, double value) => new(code, inputs.Period, OrgLevel.Country, Country, "", value, null, null, false);

        foreach (var facility in inputs.IhrisFacilities.Where(f => !inputs.FacilityOfRole.ContainsKey(f.SourceId)))
        {
            findings.Add(new(IhrisNotInRegistry, OrgLevel.Facility, facility.SourceId,
                $"Structure iHRIS « {facility.Name} » ({facility.SourceId}) absente de la carte sanitaire",
                $"iHRIS facility \"{facility.Name}\" ({facility.SourceId}) is not in the registry"));
        }

        values.Add(Total(IhrisNotInRegistry, findings.Count(f => f.IndicatorCode == IhrisNotInRegistry)));
        foreach (var unit in inputs.Dhis2Facilities.Where(f => !inputs.GoldenOfDhis2.ContainsKey(f.SourceId)))
        {
            findings.Add(new(Dhis2Unmatched, OrgLevel.Facility, unit.SourceId,
                $"Unité DHIS2 « {unit.Name} » ({unit.SourceId}) sans correspondance dans la carte sanitaire",
                $"DHIS2 unit \"{unit.Name}\" ({unit.SourceId}) has no registry match"));
        }

        values.Add(Total(Dhis2Unmatched, findings.Count(f => f.IndicatorCode == Dhis2Unmatched)));
        WorkersWithoutFacilityOrCadre(inputs, findings, values);
        ActivityWithoutQualifiedStaff(inputs, findings, values);
        Outliers(inputs, findings, values);
        ReportingCompleteness(inputs, findings, values);
        MissingNorms(inputs, findings, values);
        MissingPopulation(inputs, findings, values);
        return new DataQualityReport(findings, values);
    }

    private static void WorkersWithoutFacilityOrCadre(DataQualityInputs inputs, List<DataQualityFinding> findings, List<IndicatorValue> values)
    {
        var withoutFacility = inputs.Staffing.RolesWithoutFacility;
        var withoutCadre = inputs.Staffing.RolesWithUnmappedJob;
        if (withoutFacility > 0)
        {
            findings.Add(new(WorkerWithoutFacilityOrCadre, OrgLevel.Country, Country,
                $"{withoutFacility} poste(s) en cours sans structure d'affectation", $"{withoutFacility} active position(s) without a facility"));
        }

        if (withoutCadre > 0)
        {
            findings.Add(new(WorkerWithoutFacilityOrCadre, OrgLevel.Country, Country,
                $"{withoutCadre} poste(s) en cours dont l'emploi n'a pas de cadre accepté", $"{withoutCadre} active position(s) whose job has no accepted cadre"));
        }

        values.Add(new(WorkerWithoutFacilityOrCadre, inputs.Period, OrgLevel.Country, Country, "", withoutFacility + withoutCadre, null, null, false));
    }

    private static void ActivityWithoutQualifiedStaff(DataQualityInputs inputs, List<DataQualityFinding> findings, List<IndicatorValue> values)
    {
        var qualified = inputs.Staffing.Staff
            .Where(s => s.Headcount > 0 && NationalCadres.ByCode(s.CadreCode)?.NhwaGroup is NhwaGroup.Doctor or NhwaGroup.Nurse or NhwaGroup.Midwife)
            .Select(s => s.FacilityId)
            .ToHashSet(StringComparer.Ordinal);
        var names = inputs.Facilities.ToDictionary(f => f.GoldenId, f => f.Name, StringComparer.Ordinal);
        var count = 0;
        foreach (var facility in inputs.Activity.Facilities.Where(f => !qualified.Contains(f)))
        {
            count++;
            values.Add(new(ActivityWithoutStaff, inputs.Period, OrgLevel.Facility, facility, "", 1, null, null, false));
            findings.Add(new(ActivityWithoutStaff, OrgLevel.Facility, facility,
                $"« {names.GetValueOrDefault(facility, facility)} » déclare une activité dans DHIS2 mais n'a aucun médecin, infirmier ou sage-femme dans iHRIS",
                $"\"{names.GetValueOrDefault(facility, facility)}\" reports service activity in DHIS2 but has no doctor, nurse or midwife in iHRIS"));
        }

        values.Add(new(ActivityWithoutStaff, inputs.Period, OrgLevel.Country, Country, "", count, null, null, false));
    }

    private static void Outliers(DataQualityInputs inputs, List<DataQualityFinding> findings, List<IndicatorValue> values)
    {
        var total = 0;
        foreach (var group in inputs.Activity.Series.GroupBy(s => s.Facility, StringComparer.Ordinal))
        {
            var inFacility = 0;
            foreach (var (facility, element, months) in group)
            {
                var ordered = months.OrderBy(m => m.Key, StringComparer.Ordinal).ToList();
                var scores = OutlierDetector.Scores([.. ordered.Select(m => m.Value)]);
                for (var i = 0; i < scores.Count; i++)
                {
                    if (!OutlierDetector.IsOutlier(scores[i]))
                    {
                        continue;
                    }

                    inFacility++;
                    var (month, value) = ordered[i];
                    var z = scores[i].ToString("0.0", CultureInfo.InvariantCulture);
                    findings.Add(new(Outlier, OrgLevel.Facility, facility,
                        $"{element} {month} à {facility} : {value.ToString(CultureInfo.InvariantCulture)} (score z modifié {z})",
                        $"{element} {month} at {facility}: {value.ToString(CultureInfo.InvariantCulture)} (modified z-score {z})"));
                }
            }

            if (inFacility > 0)
            {
                values.Add(new(Outlier, inputs.Period, OrgLevel.Facility, group.Key, "", inFacility, null, null, false));
                total += inFacility;
            }
        }

        values.Add(new(Outlier, inputs.Period, OrgLevel.Country, Country, "", total, null, null, false));
    }

    private static void ReportingCompleteness(DataQualityInputs inputs, List<DataQualityFinding> findings, List<IndicatorValue> values)
    {
        var expected = inputs.Activity.ExpectedMonths.Count;
        if (expected == 0)
        {
            return;
        }

        double reportedTotal = 0, expectedTotal = 0;
        foreach (var facility in inputs.GoldenOfDhis2.Values.Distinct(StringComparer.Ordinal).Where(f => !inputs.ClosedFacilities.Contains(f)).Order(StringComparer.Ordinal))
        {
            var reported = inputs.Activity.MonthsReported(facility);
            reportedTotal += reported;
            expectedTotal += expected;
            values.Add(new(Completeness, inputs.Period, OrgLevel.Facility, facility, "", 100.0 * reported / expected, reported, expected, false));
            if (reported < expected)
            {
                findings.Add(new(Completeness, OrgLevel.Facility, facility,
                    $"{facility} : {reported} mois rapportés sur {expected}", $"{facility}: {reported} of {expected} months reported"));
            }
        }

        if (expectedTotal > 0)
        {
            values.Add(new(Completeness, inputs.Period, OrgLevel.Country, Country, "", 100.0 * reportedTotal / expectedTotal, reportedTotal, expectedTotal, false));
        }
    }

    private static void MissingNorms(DataQualityInputs inputs, List<DataQualityFinding> findings, List<IndicatorValue> values)
    {
        var normed = inputs.Norms.Where(n => n.IsValidOn(inputs.ReferenceDate)).Select(n => n.FacilityType).ToHashSet();
        var count = 0;
        foreach (var group in inputs.Facilities.Where(f => !inputs.ClosedFacilities.Contains(f.GoldenId) && !normed.Contains(f.Type)).GroupBy(f => f.Type).OrderBy(g => g.Key))
        {
            count += group.Count();
            findings.Add(new(NormMissing, OrgLevel.Country, Country,
                $"Aucune norme de personnel pour le type « {group.Key.French()} » ({group.Count()} structure(s))",
                $"No staffing norm for type \"{group.Key.English()}\" ({group.Count()} facilities)"));
        }

        values.Add(new(NormMissing, inputs.Period, OrgLevel.Country, Country, "", count, null, null, false));
    }

    private static void MissingPopulation(DataQualityInputs inputs, List<DataQualityFinding> findings, List<IndicatorValue> values)
    {
        var missing = inputs.Facilities.Select(f => f.RegionCode).OfType<string>().Distinct(StringComparer.Ordinal)
            .Where(r => !inputs.RegionsWithPopulation.Contains(r)).Order(StringComparer.Ordinal).ToList();
        foreach (var region in missing)
        {
            findings.Add(new(PopulationMissing, OrgLevel.Region, region,
                $"Région {region} : pas de population de référence, densités non calculées", $"Region {region}: no reference population, densities not computed"));
        }

        values.Add(new(PopulationMissing, inputs.Period, OrgLevel.Country, Country, "", missing.Count, null, null, false));
    }
}
