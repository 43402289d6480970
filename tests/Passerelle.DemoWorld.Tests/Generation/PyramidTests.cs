using Passerelle.Core.Facilities;

namespace Passerelle.DemoWorld.Tests.Generation;

public sealed class PyramidTests
{
    [Fact]
    public void EveryDistrict_HasACentreAndPostes()
    {
        var world = DemoWorlds.National;

        Assert.All(world.Districts, d =>
        {
            var facilities = world.Facilities.Where(f => f.DistrictCode == d.Code).ToList();
            Assert.Contains(facilities, f => f.Type is FacilityType.CentreDeSanteType1 or FacilityType.CentreDeSanteType2);
            Assert.True(facilities.Count(f => f.Type == FacilityType.PosteDeSante) >= 2, d.Code);
        });
    }

    [Fact]
    public void Postes_AreAboutOnePerTenThousandPeopleOutsideDakar()
    {
        var world = DemoWorlds.National;
        var population = world.Districts.Where(d => d.RegionCode != "SN-DK").Sum(d => d.Population);
        var postes = world.Facilities.Count(f => f.Type == FacilityType.PosteDeSante && f.RegionCode != "SN-DK");

        Assert.InRange(population / (double)postes, 8_000, 13_000);
    }

    [Fact]
    public void SomeDistricts_AreUnderServed()
    {
        // Under-served districts have markedly more people per poste than the norm of 10,000.
        var world = DemoWorlds.National;
        var perPoste = world.Districts.Select(d => d.Population / (double)Math.Max(1, world.Facilities.Count(f => f.DistrictCode == d.Code && f.Type == FacilityType.PosteDeSante)));

        Assert.Contains(perPoste, p => p > 14_000);
    }

    [Fact]
    public void NationalHospitals_AreMostlyInDakar()
    {
        var world = DemoWorlds.National;
        var national = world.Facilities.Where(f => f.Type == FacilityType.EpsNiveau3).ToList();

        Assert.InRange(national.Count, 8, 12);
        Assert.True(national.Count(f => f.RegionCode == "SN-DK") > national.Count / 2);
        Assert.InRange(world.Facilities.Count(f => f.Type is FacilityType.EpsNiveau1 or FacilityType.EpsNiveau2 or FacilityType.EpsNiveau3), 30, 50);
    }

    [Fact]
    public void Names_AreFrenchAndInvented()
    {
        var names = DemoWorlds.Default.Facilities.Select(f => f.Name).ToList();

        Assert.Contains(names, n => n.StartsWith("Poste de santé de ", StringComparison.Ordinal) || n.StartsWith("Poste de santé d'", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("Centre de santé de ", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("Case de santé ", StringComparison.Ordinal));
        Assert.Contains(names, n => n == "Centre hospitalier régional de Kaolack");
    }

    [Fact]
    public void DefaultWorld_HasAProofOfConceptSize()
    {
        var world = DemoWorlds.Default;

        Assert.InRange(world.Facilities.Count, 300, 600);
        Assert.InRange(world.Workers.Count, 2_000, 5_000);
        Assert.InRange(world.Facilities.Count(f => f.Type == FacilityType.CaseDeSante), 1, 60);
        Assert.Contains(world.Facilities, f => f.Ownership == Ownership.Private);
    }

    [Fact]
    public void CompleteNationalWorld_HasNationalSizes()
    {
        var world = DemoWorlds.National;

        Assert.InRange(world.Facilities.Count, 4_000, 5_600);
        Assert.InRange(world.Facilities.Count(f => f.Type == FacilityType.CaseDeSante), 1_500, 2_800);
        Assert.InRange(world.Facilities.Count(f => f.Type == FacilityType.PosteDeSante), 1_200, 1_900);
        Assert.InRange(world.Workers.Count, 18_000, 30_000);
    }
}
