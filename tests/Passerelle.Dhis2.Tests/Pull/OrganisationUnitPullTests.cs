using System.Web;
using Passerelle.Dhis2.Pull;
using Passerelle.Dhis2.Tests.Support;

namespace Passerelle.Dhis2.Tests.Pull;

public sealed class OrganisationUnitPullTests
{
    [Fact]
    public async Task GetOrganisationUnitsAsync_RecordedWrappedListWithoutPager_ReadsAll166Units()
    {
        // Given the recorded 2.40 Sierra Leone levels 1–3 (a list without pager)
        var client = TestClients.Create(FakeDhis2Handler.Always(200, Fixtures.Body("ade_v40_sl_orgunits_levels1-3.json")));

        // When
        var units = await client.GetOrganisationUnitsAsync().ToListAsync();

        // Then
        Assert.Equal(166, units.Count);
        var bo = Assert.Single(units, u => u.Id == "O6uvpzGd5pu");
        Assert.Equal(2, bo.Level);
        Assert.Equal(["ImspTQPwCqd"], bo.AncestorIds);
        Assert.Equal(13, units.Count(u => u.Level == 2));
    }

    [Fact]
    public async Task GetOrganisationUnitSubtreeAsync_RecordedLevels1To3_AsksForDescendantsOfTheRoot()
    {
        // Recorded request: GET /api/40/organisationUnits/ImspTQPwCqd?…&includeDescendants=true&filter=level:in:[1,2,3]
        var handler = FakeDhis2Handler.Always(200, Fixtures.Body("ade_v40_sl_orgunits_levels1-3.json"));
        var client = TestClients.Create(handler);

        var units = await client.GetOrganisationUnitSubtreeAsync("ImspTQPwCqd", Dhis2ListQuery.Where("level:in:[1,2,3]")).ToListAsync();

        Assert.Equal(166, units.Count);
        var url = handler.Requests.Single().Url;
        Assert.Equal("/api/organisationUnits/ImspTQPwCqd", url.AbsolutePath);
        var query = HttpUtility.ParseQueryString(url.Query);
        Assert.Equal("true", query["includeDescendants"]);
        Assert.Equal("level:in:[1,2,3]", query["filter"]);
    }

    [Fact]
    public async Task GetOrganisationUnitsAsync_RecordedFullObjects_ReadsGeometryDatesAndParent()
    {
        var client = TestClients.Create(FakeDhis2Handler.Always(200, Fixtures.Body("android_organisationunit_organisation_units.json")));

        var units = await client.GetOrganisationUnitsAsync().ToListAsync();

        var badjia = Assert.Single(units, u => u.Id == "YuQRtpLP10I");
        Assert.Equal("OU_539", badjia.Code);
        Assert.Equal("O6uvpzGd5pu", badjia.Parent?.Id);
        Assert.Equal(new DateOnly(1970, 1, 1), badjia.OpeningDate);
        var point = badjia.Geometry?.AsPoint();
        Assert.NotNull(point);
        Assert.Equal(9.508486893003065, point.Value.Latitude, 9);
        Assert.Equal(-11.618041992187502, point.Value.Longitude, 9);
        var ngelehun = Assert.Single(units, u => u.Id == "DiszpKrYNg8");
        Assert.Equal(new DateOnly(2025, 5, 22), ngelehun.ClosedDate);
    }

    [Fact]
    public async Task GetOrganisationUnitsAsync_ThreePages_RequestsEachPageWithFieldsAndFilters()
    {
        // Given a pager of 3 pages of 2 units
        var handler = new FakeDhis2Handler((request, index) =>
        {
            var page = index + 1;
            return FakeDhis2Handler.Json(200, $$"""
                {"pager":{"page":{{page}},"total":6,"pageSize":2,"pageCount":3},
                 "organisationUnits":[{"id":"a{{page}}","level":4},{"id":"b{{page}}","level":4}]}
                """);
        });
        var client = TestClients.Create(handler);

        // When
        var units = await client.GetOrganisationUnitsAsync(new Dhis2ListQuery
        {
            Filters = ["level:eq:4", "path:like:/ImspTQPwCqd"],
            PageSize = 2,
        }).ToListAsync();

        // Then
        Assert.Equal(["a1", "b1", "a2", "b2", "a3", "b3"], units.Select(u => u.Id));
        Assert.Equal(3, handler.Requests.Count);
        var query = HttpUtility.ParseQueryString(handler.Requests[2].Url.Query);
        Assert.Equal("3", query["page"]);
        Assert.Equal("2", query["pageSize"]);
        Assert.Equal(["level:eq:4", "path:like:/ImspTQPwCqd"], query.GetValues("filter")!);
        Assert.Contains("geometry", query["fields"], StringComparison.Ordinal);
        Assert.Equal("/api/organisationUnits", handler.Requests[0].Url.AbsolutePath);
    }

    [Fact]
    public async Task GetOrganisationUnitLevelsAsync_RecordedLevels_SortedByLevel()
    {
        var client = TestClients.Create(FakeDhis2Handler.Always(200, Fixtures.Body("android_organisationunit_organisation_unit_levels.json")));

        var levels = await client.GetOrganisationUnitLevelsAsync();

        Assert.Equal(["National", "District", "Chiefdom", "Facility"], levels.Select(l => l.Name));
        Assert.Equal("wjP19dkFeIk", levels[1].Id);
    }

    [Fact]
    public async Task GetOrganisationUnitLevelsAsync_Recorded231PagedLevels_ReadsFour()
    {
        var client = TestClients.Create(FakeDhis2Handler.Always(200, Fixtures.Body("maps_v31_sl_organisationUnitLevels.json")));

        var levels = await client.GetOrganisationUnitLevelsAsync();

        Assert.Equal([1, 2, 3, 4], levels.Select(l => l.Level));
    }

    [Fact]
    public async Task GetOrganisationUnitGroupsAsync_RecordedGroups_ReadsAll18()
    {
        var client = TestClients.Create(FakeDhis2Handler.Always(200, Fixtures.Body("maps_v31_sl_organisationUnitGroups.json")));

        var groups = await client.GetOrganisationUnitGroupsAsync().ToListAsync();

        Assert.Equal(18, groups.Count);
        Assert.Equal("CHC", groups.Single(g => g.Id == "CXw2yu5fodb").Name);
    }
}
