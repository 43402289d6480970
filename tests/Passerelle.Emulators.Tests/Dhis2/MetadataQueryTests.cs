using System.Text.Json.Nodes;

namespace Passerelle.Emulators.Tests.Dhis2;

/// <summary>Lists: pager links, paging=false, fields selection, filters (web-api.md §4.2–§4.4).</summary>
public sealed class MetadataQueryTests(SierraLeoneEmulatorFixture fixture) : IClassFixture<SierraLeoneEmulatorFixture>
{
    private EmulatorSession Session => fixture.Session;

    [Fact]
    public async Task List_SecondPage_AbsoluteNextAndPrevLinksWithParameters()
    {
        var (_, body) = await Session.GetAsync("api/organisationUnits?pageSize=10&page=2&filter=level:eq:3&fields=id");

        var pager = body!["pager"]!;
        var root = Session.Emulator.BaseUrl.ToString().TrimEnd('/');
        Assert.Equal(2, (int)pager["page"]!);
        Assert.Equal(152, (int)pager["total"]!);
        Assert.Equal(16, (int)pager["pageCount"]!);
        Assert.Equal($"{root}/api/organisationUnits?page=3&pageSize=10&filter=level%3Aeq%3A3&fields=id", (string)pager["nextPage"]!);
        Assert.Equal($"{root}/api/organisationUnits?page=1&pageSize=10&filter=level%3Aeq%3A3&fields=id", (string)pager["prevPage"]!);
        Assert.Equal(10, body["organisationUnits"]!.AsArray().Count);
    }

    [Fact]
    public async Task List_PagingFalse_AllItemsNoPager()
    {
        var (_, body) = await Session.GetAsync("api/organisationUnits?paging=false&filter=level:eq:2");

        Assert.Null(body!["pager"]);
        Assert.Equal(13, body["organisationUnits"]!.AsArray().Count);
    }

    [Fact]
    public async Task List_DefaultFields_IdAndDisplayNameOrderedByName()
    {
        var (_, body) = await Session.GetAsync("api/organisationUnits?filter=level:eq:2");

        var units = body!["organisationUnits"]!.AsArray();
        Assert.All(units, u => Assert.Equal(["id", "displayName"], u!.AsObject().Select(p => p.Key)));
        Assert.Equal("Bo", (string)units[0]!["displayName"]!);
    }

    [Fact]
    public async Task Object_NestedFields_ResolvesReferences()
    {
        var (_, body) = await Session.GetAsync("api/organisationUnits/DiszpKrYNg8?fields=id,name,parent[id,name,parent[name]],ancestors[id]");

        Assert.Equal("""{"id":"DiszpKrYNg8","name":"Ngelehun CHC","parent":{"id":"YuQRtpLP10I","name":"Badjia","parent":{"name":"Bo"}},"ancestors":[{"id":"ImspTQPwCqd"},{"id":"O6uvpzGd5pu"},{"id":"YuQRtpLP10I"}]}""", body!.ToJsonString());
    }

    [Fact]
    public async Task Object_AllFieldsWithExclusion_ReferencesAsIdsWithoutExcluded()
    {
        var (_, body) = await Session.GetAsync("api/organisationUnits/DiszpKrYNg8?fields=:all,!geometry");

        Assert.Equal("""{"id":"YuQRtpLP10I"}""", body!["parent"]!.ToJsonString());
        Assert.Null(body["geometry"]);
        Assert.Equal(4, (int)body["level"]!);
        Assert.EndsWith("/api/organisationUnits/DiszpKrYNg8", (string)body["href"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("filter=code:eq:OU_559", 1)]
    [InlineData("filter=level:in:[1,2]", 14)]
    [InlineData("filter=path:like:/ImspTQPwCqd/O6uvpzGd5pu&filter=level:eq:3", 15)]
    [InlineData("filter=path:$like:/ImspTQPwCqd/O6uvpzGd5pu/YuQRtpLP10I", 3)]
    [InlineData("filter=name:ilike:bombali", 2)]
    [InlineData("filter=parent.id:eq:YuQRtpLP10I", 2)]
    [InlineData("filter=parent.name:eq:Bo&filter=name:$ilike:b", 5)]
    [InlineData("filter=name:eq:Bo&filter=name:eq:Kenema&rootJunction=OR", 2)]
    public async Task List_Filters_MatchingUnits(string query, int expected)
    {
        var (status, body) = await Session.GetAsync("api/organisationUnits?paging=false&fields=id&" + query);

        Assert.Equal(200, status);
        Assert.Equal(expected, body!["organisationUnits"]!.AsArray().Count);
    }

    [Fact]
    public async Task List_UnknownOperator_Conflict409()
    {
        var (status, body) = await Session.GetAsync("api/organisationUnits?filter=name:resembles:Bo");

        Assert.Equal(409, status);
        Assert.Equal("ERROR", (string)body!["status"]!);
    }

    [Fact]
    public async Task DataElements_CategoryComboNested_OptionCombosListed()
    {
        var (_, body) = await Session.GetAsync("api/dataElements/pikOziyCXbM?fields=id,categoryCombo[id,categoryOptionCombos~size]");

        Assert.Equal("dzjKKQq0cSO", (string)body!["categoryCombo"]!["id"]!);
        Assert.True((int)body["categoryCombo"]!["categoryOptionCombos"]! > 1);
    }

    [Fact]
    public async Task Children_PropertyEndpoint_ListsChildren()
    {
        var (_, body) = await Session.GetAsync("api/organisationUnits/KKkLOTpMXGV/children");

        Assert.Equal(Fixtures.Recorded("ade_v40_sl_orgunit_children_KKkLOTpMXGV.json")["children"]!.AsArray().Count, body!["children"]!.AsArray().Count);
    }
}
