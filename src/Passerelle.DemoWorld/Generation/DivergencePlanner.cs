using Passerelle.Core.Facilities;
using Passerelle.DemoWorld.Naming;
using Passerelle.DemoWorld.Randomness;

namespace Passerelle.DemoWorld.Generation;

/// <summary>
/// Decides the facility-level differences between the three systems: a poste upgraded to centre (the
/// registry still lists a poste), closed facilities, new postes not yet in the registry, facilities missing
/// from DHIS2 or iHRIS, and codes not shared. Each kind happens at least once, whatever the regions.
/// </summary>
internal static class DivergencePlanner
{
    public static void Apply(IReadOnlyList<PlannedFacility> facilities, GenerationWindow window, SeededRandom random)
    {
        var postes = facilities.Where(f => f.Type == FacilityType.PosteDeSante).ToList();

        foreach (var upgraded in Choose(random, postes.Where(p => !p.IsUrban && p.District.Population2025 > 50_000), 0.006))
        {
            upgraded.FormerType = FacilityType.PosteDeSante;
            upgraded.Type = FacilityType.CentreDeSanteType1;
            upgraded.Name = upgraded.Name.WithLabel("Centre de santé");
        }

        var closable = facilities.Where(f => f.Type is FacilityType.PosteDeSante or FacilityType.CaseDeSante or FacilityType.PrivateFacility && f.FormerType is null);
        foreach (var closed in Choose(random, closable, 0.004))
        {
            closed.ClosedOn = window.MonthStart(random.Next(Math.Min(3, window.Periods.Count - 1), Math.Max(1, window.Periods.Count - 2)));
        }

        var stable = postes.Where(p => p.FormerType is null && p.ClosedOn is null).ToList();
        foreach (var opened in Choose(random, stable, 0.008))
        {
            // A new poste: open in DHIS2 and iHRIS, not yet in the Carte sanitaire.
            opened.OpenedOn = window.MonthStart(random.Next(Math.Min(2, window.Periods.Count - 1), Math.Max(1, window.Periods.Count - 1)));
            opened.InRegistry = false;
            opened.Dhis2HasCode = false;
        }

        MarkSystemPresence(facilities, random);
        MarkSharedCodes(facilities, random);
    }

    private static void MarkSystemPresence(IReadOnlyList<PlannedFacility> facilities, SeededRandom random)
    {
        // Private structures report to DHIS2 unevenly and are seldom in the public workforce system.
        foreach (var facility in facilities.Where(f => !f.IsPublic && f.Type != FacilityType.CaseDeSante))
        {
            facility.InDhis2 = random.Chance(0.7);
            facility.InIhris = random.Chance(0.25);
        }

        foreach (var hut in facilities.Where(f => f.Type == FacilityType.CaseDeSante))
        {
            hut.InIhris = random.Chance(0.9);
        }

        var registered = facilities.Where(f => f.InRegistry && f.ClosedOn is null && f.FormerType is null
            && f.Type is FacilityType.PosteDeSante or FacilityType.CaseDeSante).ToList();
        foreach (var missing in Choose(random, registered, 0.012))
        {
            missing.InDhis2 = false;
        }

        var publicInIhris = facilities.Where(f => f.IsPublic && f.InIhris && f.InDhis2 && f.Type == FacilityType.PosteDeSante).ToList();
        foreach (var missing in Choose(random, publicInIhris, 0.02))
        {
            missing.InIhris = false;
        }
    }

    private static void MarkSharedCodes(IReadOnlyList<PlannedFacility> facilities, SeededRandom random)
    {
        foreach (var facility in facilities.Where(f => f.InDhis2))
        {
            facility.Dhis2HasCode = facility.Dhis2HasCode && facility.InRegistry && !random.Chance(0.1);
            facility.IhrisHasDhis2Id = facility.InIhris && !random.Chance(0.15);
        }

        foreach (var facility in facilities.Where(f => !f.InDhis2))
        {
            facility.Dhis2HasCode = false;
            facility.IhrisHasDhis2Id = false;
        }

        // At least one facility known to all three systems that only name and place can match.
        var everywhere = facilities.Where(f => f.InRegistry && f.InDhis2 && f.InIhris && f.Type == FacilityType.PosteDeSante).ToList();
        if (everywhere.Count > 0 && !everywhere.Any(f => !f.Dhis2HasCode && !f.IhrisHasDhis2Id))
        {
            var chosen = random.Pick(everywhere);
            chosen.Dhis2HasCode = false;
            chosen.IhrisHasDhis2Id = false;
        }
    }

    /// <summary>About <paramref name="share"/> of the candidates, and at least one.</summary>
    private static List<PlannedFacility> Choose(SeededRandom random, IEnumerable<PlannedFacility> candidates, double share)
    {
        var list = candidates.ToList();
        if (list.Count == 0)
        {
            return [];
        }

        var count = Math.Max(1, (int)Math.Round(list.Count * share));
        return random.Shuffled(list).Take(count).ToList();
    }
}
