using Passerelle.Core.Geography;
using Passerelle.Core.Workforce;
using Passerelle.DemoWorld.Model;

namespace Passerelle.Emulators.Tests.Ihris;

/// <summary>A small hand-built demo world: Sénégal → 2 regions → 2 districts → 5 facilities,
/// 4 jobs, 12 workers and 13 roles (one worker with two roles, one role without a facility).</summary>
internal static class IhrisTestWorld
{
    public const int FacilityCount = 5;
    public const int LocationCount = 10;
    public const int WorkerCount = 12;
    public const int RoleCount = 13;

    public static DemoWorldModel Build()
    {
        IhrisLocationRecord[] locations =
        [
            new("SN", "Sénégal", false, null, "country", null, null),
            new("SN-DK", "Dakar", false, "SN", "region", null, null),
            new("SN-TC", "Tambacounda", false, "SN", "region", null, null),
            new("DS-DKC", "District sanitaire Dakar Centre", false, "SN-DK", "district", null, null),
            new("DS-TBA", "District sanitaire Tambacounda", false, "SN-TC", "district", null, null),
            new("F-001", "Centre de santé Gaspard Camara", true, "DS-DKC", "CS1", "Abc123Def45", new GeoPoint(14.6937, -17.4441)),
            new("F-002", "Poste de santé Médina", true, "DS-DKC", "PS", "Ghi678Jkl90", new GeoPoint(14.6810, -17.4550)),
            new("F-003", "PS Fass", true, "DS-DKC", "PS", null, null),
            new("F-004", "EPS Tambacounda", true, "DS-TBA", "EPS1", "Mno123Pqr45", new GeoPoint(13.7707, -13.6673)),
            new("F-005", "Poste de santé Dialacoto", true, "DS-TBA", "PS", "Stu678Vwx90", new GeoPoint(13.3167, -13.3000)),
        ];

        IhrisJobRecord[] jobs =
        [
            new("J-MED", "Médecin généraliste", "MED"),
            new("J-IDE", "Infirmier d'État", "IDE"),
            new("J-SFE", "Sage-femme d'État", "SFE"),
            new("J-ASS", "Assistant social", null),
        ];

        var facilities = locations.Where(l => l.IsFacility).Select(l => l.Id).ToArray();
        var workers = Enumerable.Range(1, WorkerCount).Select(i => new DemoWorker(
            $"W-{i:000}",
            $"Prénom{i}",
            $"Nom{i}",
            i % 5 == 0 ? Sex.Unknown : i % 2 == 0 ? Sex.Female : Sex.Male,
            new DateOnly(1970 + i, 1 + (i % 12), 1 + i),
            $"1{i:000000000000}",
            $"+22177000{i:0000}")).ToArray();

        var roles = workers.Select((w, i) => new DemoRole(
            $"R-{i + 1:000}",
            w.Id,
            i == 11 ? null : facilities[i % facilities.Length],
            jobs[i % jobs.Length].Code,
            i % 3 == 0 ? EmploymentStatus.CivilServant : EmploymentStatus.Contract,
            new DateOnly(2010 + (i % 10), 1, 1),
            null,
            true)).ToList();
        roles.Add(new DemoRole("R-013", "W-001", "F-004", "J-MED", EmploymentStatus.Contract, new DateOnly(2005, 1, 1), new DateOnly(2009, 12, 31), false));

        return new DemoWorldModel(
            DemoWorldOptions.Default,
            Regions: [],
            Districts: [],
            Facilities: [],
            Registry: [],
            OrgUnits: [],
            IhrisLocations: locations,
            Jobs: jobs,
            Workers: workers,
            Roles: roles,
            ServiceDataElements: [],
            ServiceValues: []);
    }
}
