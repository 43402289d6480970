using Passerelle.Core.Facilities;
using Passerelle.DemoWorld.Model;
using Passerelle.DemoWorld.Randomness;
using static Passerelle.DemoWorld.Generation.JobCatalogue;

namespace Passerelle.DemoWorld.Generation;

/// <summary>
/// The staff a facility really has, by job, near the demo norms of reference/senegal/data/
/// norms_and_benchmarks_reference.csv (poste: 1 ICP, 1 sage-femme, 1 assistant; centre: ≥1 doctor, 2
/// sages-femmes, 2 nurses; case: ASC or matrone), with the gaps seen in practice: rural postes without
/// a midwife, a surplus in Dakar, shortages in remote regions.
/// </summary>
internal sealed class StaffingPlanner(DemoWorldScale scale)
{
    private static readonly (string Job, double Weight)[] HospitalMix =
    [
        (GeneralPractitioner, 0.08), (Gynaecologist, 0.03), (Surgeon, 0.03), (Paediatrician, 0.02), (Anaesthetist, 0.02),
        (Midwife, 0.08), (SeniorMidwife, 0.02), (Nurse, 0.19), (HeadNurse, 0.05), (AssistantNurse, 0.08), (CareAssistant, 0.06),
        (AnaesthesiaTechnician, 0.03), (LaboratoryTechnician, 0.05), (ImagingTechnician, 0.03), (Pharmacist, 0.02),
        (Secretary, 0.08), (Accountant, 0.05), (Driver, 0.08),
    ];

    public List<StaffPosition> Plan(PlannedFacility facility, bool isDistrictMainCentre, SeededRandom random)
    {
        var jobs = new List<string>();
        var factor = facility.Profile.StaffFactor * (facility.IsUrban ? 1.0 : 0.9);
        switch (facility.Type)
        {
            case FacilityType.PosteDeSante:
                PlanPoste(facility, factor, random, jobs);
                break;
            case FacilityType.CaseDeSante:
                PlanCase(random, jobs);
                break;
            case FacilityType.CentreDeSanteType1 or FacilityType.CentreDeSanteType2:
                PlanCentre(facility, isDistrictMainCentre, factor, random, jobs);
                break;
            case FacilityType.EpsNiveau1 or FacilityType.EpsNiveau2 or FacilityType.EpsNiveau3:
                PlanHospital(facility, factor, random, jobs);
                break;
            default:
                PlanPrivate(facility, random, jobs);
                break;
        }

        return jobs.Select(j => new StaffPosition(j, TrueCadre(j))).ToList();
    }

    private void PlanPoste(PlannedFacility facility, double factor, SeededRandom random, List<string> jobs)
    {
        var remote = facility.Profile.Remoteness;
        var capital = facility.Profile.IsCapital;
        Add(jobs, HeadOfPostNurse, random.Chance(0.97 - (0.06 * remote)) ? 1 : 0);
        Add(jobs, Nurse, capital ? (int)random.NextPoisson(1.0) : random.Chance(0.2 * factor) ? 1 : 0);

        var midwifeChance = capital ? 0.97 : Math.Clamp(0.9 - (0.65 * remote) + (facility.IsUrban ? 0.1 : 0), 0.25, 0.95);
        var midwives = (random.Chance(midwifeChance) ? 1 : 0) + (capital ? (int)random.NextPoisson(0.6) : 0);
        for (var i = 0; i < midwives; i++)
        {
            jobs.Add(random.Chance(0.75) ? Midwife : SeniorMidwife);
        }

        if (random.Chance(0.75))
        {
            jobs.Add(random.NextDouble() switch { < 0.5 => AssistantNurse, < 0.85 => HealthAgent, _ => CareAssistant });
        }

        Add(jobs, Matron, !capital && random.Chance(0.5) ? 1 : 0);
        if (scale == DemoWorldScale.Complete)
        {
            // The community workers around a poste (ASC, relais), which a national list holds.
            Add(jobs, CommunityHealthWorker, (int)random.NextPoisson(facility.IsUrban ? 1.0 : 3.0));
            Add(jobs, CommunityRelay, (int)random.NextPoisson(facility.IsUrban ? 0.6 : 1.5));
        }
        else
        {
            Add(jobs, CommunityHealthWorker, random.Chance(0.3) ? 1 : 0);
        }
    }

    private void PlanCase(SeededRandom random, List<string> jobs)
    {
        var secondWorker = scale == DemoWorldScale.Complete ? 0.6 : 0.35;
        Add(jobs, CommunityHealthWorker, (random.Chance(0.92) ? 1 : 0) + (random.Chance(secondWorker) ? 1 : 0));
        Add(jobs, Matron, random.Chance(0.7) ? 1 : 0);
        Add(jobs, CommunityRelay, scale == DemoWorldScale.Complete ? (int)random.NextPoisson(1.0) : 0);
    }

    private static void PlanCentre(PlannedFacility facility, bool isDistrictMainCentre, double factor, SeededRandom random, List<string> jobs)
    {
        jobs.Add(isDistrictMainCentre ? DistrictChiefDoctor : GeneralPractitioner);
        Add(jobs, GeneralPractitioner, (int)random.NextPoisson(0.7 * factor));
        Add(jobs, Midwife, Math.Max(1, (int)Math.Round((2.6 * factor) + (0.9 * random.NextNormal()))));
        Add(jobs, SeniorMidwife, random.Chance(0.3) ? 1 : 0);
        Add(jobs, Nurse, Math.Max(1, (int)Math.Round((3.2 * factor) + random.NextNormal())));
        Add(jobs, HeadNurse, 1);
        Add(jobs, AssistantNurse, (int)Math.Round(random.NextDouble(1, 3) * factor));
        Add(jobs, CareAssistant, random.Next(0, 3));
        Add(jobs, LaboratoryTechnician, 1);
        Add(jobs, ImagingTechnician, random.Chance(0.3) ? 1 : 0);
        Add(jobs, Pharmacist, random.Chance(0.35) ? 1 : 0);
        Add(jobs, Secretary, 1);
        Add(jobs, Accountant, 1);
        Add(jobs, Driver, 1 + (int)random.NextPoisson(0.5));
        Add(jobs, Matron, 1 + (random.Chance(0.5) ? 1 : 0));
        if (facility.Type == FacilityType.CentreDeSanteType2)
        {
            Add(jobs, Gynaecologist, random.Chance(0.8) ? 1 : 0);
            Add(jobs, Surgeon, random.Chance(0.5) ? 1 : 0);
            Add(jobs, AnaesthesiaTechnician, 1);
        }
    }

    private static void PlanHospital(PlannedFacility facility, double factor, SeededRandom random, List<string> jobs)
    {
        var (min, max) = facility.Type switch
        {
            FacilityType.EpsNiveau1 => (50, 90),
            FacilityType.EpsNiveau2 => (100, 160),
            _ => (150, 250),
        };
        var total = (int)Math.Round(random.Next(min, max + 1) * factor);
        for (var i = 0; i < total; i++)
        {
            jobs.Add(random.PickWeighted(HospitalMix));
        }

        // Every hospital has at least a doctor, a midwife and a nurse on its list.
        foreach (var essential in new[] { GeneralPractitioner, Midwife, Nurse, Gynaecologist })
        {
            if (!jobs.Contains(essential))
            {
                jobs.Add(essential);
            }
        }
    }

    private static void PlanPrivate(PlannedFacility facility, SeededRandom random, List<string> jobs)
    {
        switch (facility.Ownership)
        {
            case Core.Facilities.Ownership.Confessional:
                jobs.Add(HeadOfPostNurse);
                Add(jobs, Midwife, random.Chance(0.6) ? 1 : 0);
                jobs.Add(AssistantNurse);
                break;
            case Core.Facilities.Ownership.Military:
                jobs.AddRange([GeneralPractitioner, Nurse, Nurse, AssistantNurse]);
                break;
            default:
                jobs.Add(GeneralPractitioner);
                Add(jobs, Gynaecologist, facility.Name.Label == "Clinique" && random.Chance(0.5) ? 1 : 0);
                Add(jobs, Nurse, 1 + (random.Chance(0.5) ? 1 : 0));
                Add(jobs, Midwife, random.Chance(0.5) ? 1 : 0);
                Add(jobs, AssistantNurse, random.Chance(0.4) ? 1 : 0);
                jobs.Add(Secretary);
                break;
        }
    }

    private static void Add(List<string> jobs, string job, int count)
    {
        for (var i = 0; i < count; i++)
        {
            jobs.Add(job);
        }
    }
}
