using Passerelle.Core.Facilities;
using Passerelle.DemoWorld.Identifiers;
using Passerelle.DemoWorld.Model;
using Passerelle.DemoWorld.Randomness;

namespace Passerelle.DemoWorld.Generation;

/// <summary>
/// Monthly DHIS2 service data per facility org unit, coherent with catchment and staff: about 0.45 curative
/// consultations per inhabitant a year, 3.4% births a year of which a share is assisted where a midwife (less
/// so a nurse) works, antenatal and Penta3 coverage that falls without staff; the rainy season (July to
/// November) raises consultations. Some months are not reported, and zero values are not stored, as in DHIS2.
/// </summary>
internal static class ServiceDataBuilder
{
    public const string ConsultationsCode = "CONS_CURATIVES";
    public const string DeliveriesCode = "ACCOUCH_ASSISTES";
    public const string FirstAntenatalCode = "CPN1";
    public const string Penta3Code = "PENTA3";

    private static readonly int[] RainySeason = [7, 8, 9, 10, 11];

    /// <summary>The data elements. Their UIDs depend on their code only, so they are the same in every world.</summary>
    public static List<ServiceDataElement> DataElements()
    {
        var uids = new Dhis2UidFactory("passerelle-demo-data-elements");
        return
        [
            new(uids.For(ConsultationsCode), ConsultationsCode, "Consultations curatives", "Consultations curatives"),
            new(uids.For(DeliveriesCode), DeliveriesCode, "Accouchements assistés", "Accouchements assistés"),
            new(uids.For(FirstAntenatalCode), FirstAntenatalCode, "CPN1", "CPN1"),
            new(uids.For(Penta3Code), Penta3Code, "Penta3 administré", "Penta3 administré"),
        ];
    }

    public static List<ServiceValue> Build(IReadOnlyList<PlannedFacility> facilities, IReadOnlyList<ServiceDataElement> elements, GenerationContext context)
    {
        var random = SeededRandom.For(context.Seed, "service-data");
        var window = context.Window;
        var values = new List<ServiceValue>();
        foreach (var facility in facilities.Where(f => f.InDhis2))
        {
            var staff = StaffCount.Of(facility);
            var expected = MonthlyExpectations(facility, staff);
            var completeness = facility.IsPublic || facility.Type == FacilityType.CaseDeSante ? 0.93 : 0.75;
            for (var month = 0; month < window.Periods.Count; month++)
            {
                var start = window.MonthStart(month);
                var open = facility.OpenedOn <= start.AddMonths(1).AddDays(-1) && (facility.ClosedOn is not { } closed || start < closed);
                if (!open || !random.Chance(completeness))
                {
                    continue;
                }

                var season = RainySeason.Contains(start.Month) ? 1.25 : 1.0;
                var trend = 1 + (0.02 * month / 12.0);
                for (var e = 0; e < elements.Count; e++)
                {
                    var mean = expected[e] * trend * (e == 0 ? season : 1.0);
                    var value = random.NextPoisson(mean);
                    if (value > 0)
                    {
                        values.Add(new ServiceValue(elements[e].Uid, window.Periods[month], facility.Dhis2Uid!, value));
                    }
                }
            }
        }

        return values;
    }

    /// <summary>Expected monthly consultations, assisted deliveries, CPN1 and Penta3, in the order of <see cref="DataElements"/>.</summary>
    private static double[] MonthlyExpectations(PlannedFacility facility, StaffCount staff)
    {
        var people = facility.Catchment;
        var births = people * 0.034 / 12;
        var pregnancies = people * 0.036 / 12;
        var infants = people * 0.032 / 12;
        var clinical = staff.Doctors + staff.Nurses + (0.5 * staff.Assistants) + (0.5 * staff.Midwives);

        switch (facility.Type)
        {
            case FacilityType.EpsNiveau1 or FacilityType.EpsNiveau2 or FacilityType.EpsNiveau3:
                return [(staff.Doctors * 180.0) + (staff.Nurses * 40.0), staff.Midwives * 22.0, staff.Midwives * 15.0, 20];
            case FacilityType.CaseDeSante:
                return [people * 0.3 / 12 * Math.Min(1, staff.Community), staff.Matrons > 0 ? births * 0.15 : 0, staff.Matrons > 0 ? pregnancies * 0.3 : 0, 0];
            case FacilityType.PrivateFacility or FacilityType.Other:
                return [people * 0.25 / 12 * Math.Min(1, clinical), staff.Midwives > 0 ? 10 : 0, staff.Midwives > 0 ? 8 : 0, infants * 0.3];
        }

        var access = clinical == 0 ? 0.15 : Math.Min(1.3, 0.35 + (0.3 * clinical));
        var deliveryShare = staff.Midwives > 0
            ? (facility.IsUrban ? 0.7 : 0.55) + (facility.Type == FacilityType.PosteDeSante ? 0 : Math.Min(0.25, 0.05 * staff.Midwives))
            : staff.Nurses > 0 ? 0.2 : staff.Matrons > 0 ? 0.05 : 0.002;
        var antenatal = staff.Midwives > 0 ? 0.85 : staff.Nurses > 0 ? 0.7 : 0.3;
        var vaccination = staff.Nurses + staff.Assistants > 0 ? 0.82 : 0.5;
        return [people * 0.45 / 12 * (facility.IsUrban ? 1.1 : 0.9) * access, births * deliveryShare, pregnancies * antenatal, infants * vaccination];
    }

    private readonly record struct StaffCount(int Doctors, int Midwives, int Nurses, int Assistants, int Matrons, int Community)
    {
        public static StaffCount Of(PlannedFacility facility)
        {
            int Count(params string[] cadres) => facility.Staff.Count(s => cadres.Contains(s.CadreCode));
            return new StaffCount(Count("MED", "MEDSPE"), Count("SFE"), Count("IDE"), Count("AI"), Count("MAT"), Count("ASC"));
        }
    }
}
