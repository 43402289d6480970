using System.Text.Json.Nodes;

namespace Passerelle.Emulators.Tests.Dhis2;

/// <summary>Recorded real read requests replayed against the Sierra Leone emulator: same shapes, same content where the world holds it.</summary>
public sealed class MetadataReadFidelityTests(SierraLeoneEmulatorFixture fixture) : IClassFixture<SierraLeoneEmulatorFixture>
{
    private EmulatorSession Session => fixture.Session;

    [Theory]
    [InlineData("ade_v40_sl_orgunits_levels1-3.json")]
    [InlineData("ade_v40_sl_orgunit_children_KKkLOTpMXGV.json")]
    [InlineData("ade_v40_orgunits_filter_ilike_nopaging.json")]
    [InlineData("ade_v40_dataSets_list_with_pager.json")]
    [InlineData("ade_v43_me_orgunits.json")]
    public async Task RecordedRequest_ReplayedOnSierraLeone_AnswersSameShape(string fixtureName)
    {
        // Given the recorded request line of a real 2.40/2.43 server
        var path = Fixtures.RecordedRequest(fixtureName).Split(' ')[1].TrimStart('/');

        // When the emulator answers it
        var (status, body) = await Session.GetAsync(path);

        // Then status and shape are those of the recorded response, with no extra property
        Assert.Equal(200, status);
        JsonShape.AssertSameShape(Fixtures.Recorded(fixtureName), body, strict: true);
    }

    [Fact]
    public async Task OrgUnitDescendants_Levels1To3_SameUnitsAsRealServer()
    {
        // Given the 166 national, district and chiefdom units a real 2.40 server answered
        var expected = Fixtures.Recorded("ade_v40_sl_orgunits_levels1-3.json")["organisationUnits"]!.AsArray();
        var path = Fixtures.RecordedRequest("ade_v40_sl_orgunits_levels1-3.json").Split(' ')[1].TrimStart('/');

        // When the emulator answers the same request
        var (_, body) = await Session.GetAsync(path);

        // Then it holds the same units with the same paths, names and levels
        var actual = body!["organisationUnits"]!.AsArray();
        static string Key(JsonNode u) => $"{u["id"]}|{u["path"]}|{u["displayName"]}|{u["level"]}";
        Assert.Equal(expected.Select(u => Key(u!)).Order(StringComparer.Ordinal), actual.Select(u => Key(u!)).Order(StringComparer.Ordinal));

        // and the same child counts where the world holds all children (levels 1 and 2: facilities are not all recorded)
        static Dictionary<string, int> Counts(JsonArray units) => units.Where(u => (int)u!["level"]! <= 2).ToDictionary(u => (string)u!["id"]!, u => (int)u!["children"]!);
        Assert.Equal(Counts(expected), Counts(actual));
    }

    [Fact]
    public async Task SystemInfo_Version243_ShapeOfRecordedResponse()
    {
        await using var session = await EmulatorSession.StartAsync(Emulators.Dhis2.Dhis2World.Empty, "2.43");

        var (_, body) = await session.GetAsync("api/system/info");

        JsonShape.AssertSameShape(Fixtures.Recorded("ade_v43_system_info.json"), body, strict: true);
        Assert.Equal("2.43-SNAPSHOT", (string)body!["version"]!);
    }

    [Fact]
    public async Task OrgUnitFilterIlike_Bombali_SamePathsAsRealServer()
    {
        var expected = Fixtures.Recorded("ade_v40_orgunits_filter_ilike_nopaging.json")["organisationUnits"]!.AsArray().Select(u => (string)u!["path"]!);

        var (_, body) = await Session.GetAsync("api/40/organisationUnits?fields=path&filter=displayName:ilike:Bombali&paging=false");

        Assert.Equal(expected.Order(), body!["organisationUnits"]!.AsArray().Select(u => (string)u!["path"]!).Order());
    }

    [Fact]
    public async Task DataSets_DefaultPaging_PagerLikeRealServer()
    {
        var (_, body) = await Session.GetAsync("api/40/dataSets?fields=dataEntryForm[id],formType,version");

        var pager = body!["pager"]!;
        Assert.Equal(1, (int)pager["page"]!);
        Assert.Equal(26, (int)pager["total"]!);
        Assert.Equal(50, (int)pager["pageSize"]!);
        Assert.Equal(1, (int)pager["pageCount"]!);
        Assert.Null(pager["nextPage"]);
    }

    [Fact]
    public async Task SystemInfo_Version240_ShapeOfRecordedResponse()
    {
        var (status, body) = await Session.GetAsync("api/system/info");

        Assert.Equal(200, status);
        JsonShape.AssertSameShape(Fixtures.Recorded("ade_v40_system_info.json"), body, strict: true);
        Assert.StartsWith("2.40", (string)body!["version"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownDataSet_Get_RecordedNotFoundMessage()
    {
        var (status, body) = await Session.GetAsync("api/40/dataSets/FAKEDATASET?fields=formType,sections[id,displayName],renderAsTabs");

        Assert.Equal(404, status);
        Assert.Equal(Fixtures.Recorded("ade_v40_error_404_not_found.json").ToJsonString(), body!.ToJsonString());
    }

    [Fact]
    public async Task OrgUnitLevels_List_ShapeOfRecordedSdkResponse()
    {
        var (_, body) = await Session.GetAsync("api/organisationUnitLevels?fields=lastUpdated,level,created,name,id,displayName&paging=false");

        JsonShape.AssertSameShape(Fixtures.Json("android_organisationunit_organisation_unit_levels.json"), body, strict: true);
        Assert.Equal(4, body!["organisationUnitLevels"]!.AsArray().Count);
    }

    [Fact]
    public async Task OrgUnitGroups_RenameTransformer_ShapeOfRecordedResponse()
    {
        var (_, body) = await Session.GetAsync("api/31/organisationUnitGroups?fields=id,displayName~rename(name)");

        JsonShape.AssertSameShape(Fixtures.Recorded("maps_v31_sl_organisationUnitGroups.json"), body, strict: true);
    }
}
