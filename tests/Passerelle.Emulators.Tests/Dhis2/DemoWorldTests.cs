using Passerelle.Core.Geography;
using Passerelle.DemoWorld.Model;
using Passerelle.Emulators.Dhis2;

namespace Passerelle.Emulators.Tests.Dhis2;

public sealed class DemoWorldTests
{
    private static DemoWorldModel SmallWorld()
    {
        Dhis2OrgUnitRecord Unit(string uid, string name, int level, string? parent, string path) =>
            new(uid, "C_" + uid, name, name, level, parent, path, new DateOnly(1990, 1, 1), null, level == 4 ? new GeoPoint(14.69, -17.44) : null);
        return new DemoWorldModel(
            DemoWorldOptions.Default,
            [], [], [], [],
            [
                Unit("SnCountry01", "Sénégal", 1, null, "/SnCountry01"),
                Unit("SnRegionDk1", "Dakar", 2, "SnCountry01", "/SnCountry01/SnRegionDk1"),
                Unit("SnDistrict1", "Dakar Centre", 3, "SnRegionDk1", "/SnCountry01/SnRegionDk1/SnDistrict1"),
                Unit("SnFacility1", "PS Médina", 4, "SnDistrict1", "/SnCountry01/SnRegionDk1/SnDistrict1/SnFacility1"),
            ],
            [], [], [], [],
            [new ServiceDataElement("SvcConsult1", "CONSULT", "Consultations", "Consultations")],
            [new ServiceValue("SvcConsult1", "202601", "SnFacility1", 120), new ServiceValue("SvcConsult1", "202602", "SnFacility1", 80)]);
    }

    [Fact]
    public async Task DemoWorld_Seeded_OrgUnitsValuesAndAnalytics()
    {
        await using var session = await EmulatorSession.StartAsync(Dhis2World.Demo(SmallWorld()));

        var (_, units) = await session.GetAsync("api/organisationUnits?fields=id,path,level,geometry&filter=level:eq:4&paging=false");
        var (_, analytics) = await session.GetAsync("api/analytics?dimension=dx:SvcConsult1&dimension=ou:SnRegionDk1&filter=pe:2026");

        var facility = units!["organisationUnits"]![0]!;
        Assert.Equal("/SnCountry01/SnRegionDk1/SnDistrict1/SnFacility1", (string)facility["path"]!);
        Assert.Equal(-17.44, (double)facility["geometry"]!["coordinates"]![0]!);
        Assert.Equal(2, session.Store.DataValues.Count);
        Assert.Equal("200.0", (string)analytics!["rows"]![0]![2]!);
        Assert.Equal(4, session.Store.OrganisationUnitLevels.Count);
    }

    [Fact]
    public async Task StandaloneRunner_PrintsUrlAndCredentials_StopsOnCancel()
    {
        using var cancel = new CancellationTokenSource();
        var output = new StringWriter();

        var run = Dhis2StandaloneRunner.RunAsync(0, "2.40", "empty", null, null, null, output, cancel.Token);
        for (var i = 0; i < 100 && !output.ToString().Contains("admin / district", StringComparison.Ordinal); i++)
        {
            await Task.Delay(50);
        }

        await cancel.CancelAsync();
        await run;
        Assert.Contains("http://127.0.0.1:", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("admin / district", output.ToString(), StringComparison.Ordinal);
    }
}
