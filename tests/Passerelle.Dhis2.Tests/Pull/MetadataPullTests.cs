using Passerelle.Dhis2.Tests.Support;

namespace Passerelle.Dhis2.Tests.Pull;

public sealed class MetadataPullTests
{
    [Fact]
    public async Task GetCategoryCombosAsync_RecordedCombos_ReadsCombosWithOptionCombos()
    {
        var client = TestClients.Create(FakeDhis2Handler.Always(200, Fixtures.Body("android_category_category_combos.json")));

        var combos = await client.GetCategoryCombosAsync().ToListAsync();

        var births = Assert.Single(combos, c => c.Code == "BIRTHS");
        Assert.False(births.IsDefault);
        Assert.Equal(["KfdsGBcoiCa", "cX5k9anHEHd"], births.Categories!.Select(c => c.Id));
        var trained = births.CategoryOptionCombos!.First();
        Assert.Equal("Gmbgme7z9BF", trained.Id);
        Assert.Equal("Trained TBA, At PHU", trained.Name);
        Assert.Equal(["uZUnebiT5DI", "Fp4gVHbRvEV"], trained.CategoryOptions!.Select(o => o.Id));
        Assert.True(combos.Single(c => c.Name == "default").IsDefault);
    }

    [Fact]
    public async Task GetCategoryCombosAsync_RecordedDefaultCombo_IsRead()
    {
        var client = TestClients.Create(FakeDhis2Handler.Always(200, Fixtures.Body("android_category_default_category_combo.json")));

        var combo = Assert.Single(await client.GetCategoryCombosAsync().ToListAsync());

        Assert.Equal("p0KPaWEg3cf", combo.Id);
    }

    [Fact]
    public async Task GetCategoryOptionCombosAsync_RecordedObject_IsRead()
    {
        var body = $$"""{"categoryOptionCombos":[{{Fixtures.Body("android_category_category_option_combo.json")}}]}""";
        var client = TestClients.Create(FakeDhis2Handler.Always(200, body));

        var combo = Assert.Single(await client.GetCategoryOptionCombosAsync().ToListAsync());

        Assert.Equal("S34ULMcHMca", combo.Id);
        Assert.Equal("t3aNCvHsoSn", combo.CategoryCombo!.Id);
        Assert.Equal("FbLZS3ueWbQ", combo.CategoryOptions!.Single().Id);
    }

    [Fact]
    public async Task GetDataSetsAsync_RecordedDataSets_ReadsElementsAndPeriodType()
    {
        var client = TestClients.Create(FakeDhis2Handler.Always(200, Fixtures.Body("android_dataset_data_sets.json")));

        var dataSets = await client.GetDataSetsAsync().ToListAsync();

        var art = Assert.Single(dataSets, d => d.Id == "lyLU2wR22tC");
        Assert.Equal("Monthly", art.PeriodType);
        Assert.Equal("DS_394131", art.Code);
        Assert.Equal(["g9eOBujte1U", "bx6fsa0t90x"], art.DataSetElements!.Select(e => e.DataElement.Id));
        Assert.Equal("m2jTvAj5kkm", art.DataSetElements![0].CategoryCombo!.Id);
    }

    [Fact]
    public async Task GetDataSetsAsync_RecordedPagerList_ReadsAll26()
    {
        var client = TestClients.Create(FakeDhis2Handler.Always(200, Fixtures.Body("ade_v40_dataSets_list_with_pager.json")));

        var dataSets = await client.GetCollectionAsync<System.Text.Json.JsonElement>("dataSets", Passerelle.Dhis2.Pull.Dhis2ListQuery.All, "dataEntryForm[id],formType,version").ToListAsync();

        Assert.Equal(26, dataSets.Count);
        Assert.Equal("CUSTOM", dataSets[0].GetProperty("formType").GetString());
    }

    [Fact]
    public async Task GetIndicatorsAsync_RecordedIndicator_ReadsExpressions()
    {
        var client = TestClients.Create(FakeDhis2Handler.Always(200, Fixtures.Body("android_indicators_indicators.json")));

        var indicator = Assert.Single(await client.GetIndicatorsAsync().ToListAsync());

        Assert.Equal("ReUHfIn0pTQ", indicator.Id);
        Assert.Equal("#{fbfJHSPpUQD.pq2XI5kz2BY}+#{fbfJHSPpUQD.PT59n8BQbqM}", indicator.Denominator);
        Assert.Equal("bWuNrMHEoZ0", indicator.IndicatorType!.Id);
        Assert.False(indicator.Annualized);
    }

    [Fact]
    public async Task GetIndicatorTypesAsync_RecordedTypes_ReadsFactor()
    {
        var client = TestClients.Create(FakeDhis2Handler.Always(200, Fixtures.Body("android_indicators_indicator_types.json")));

        var type = Assert.Single(await client.GetIndicatorTypesAsync().ToListAsync());

        Assert.Equal(100, type.Factor);
        Assert.False(type.Number);
    }

    [Fact]
    public async Task GetOrganisationUnitGroupsAsync_RecordedGroupObject_ReadsGroupSets()
    {
        var body = $$"""{"organisationUnitGroups":[{{Fixtures.Body("android_organisationunit_organisation_unit_group.json")}}]}""";
        var client = TestClients.Create(FakeDhis2Handler.Always(200, body));

        var group = Assert.Single(await client.GetOrganisationUnitGroupsAsync().ToListAsync());

        Assert.Equal("CHC", group.Code);
        Assert.Equal("J5jldMd8OHv", group.GroupSets!.Single().Id);
    }

    [Fact]
    public async Task GetOrganisationUnitsAsync_RecordedSingleObjectAndFilterList_AreRead()
    {
        var single = $$"""{"organisationUnits":[{{Fixtures.Body("android_organisationunit_organisation_unit.json")}}]}""";
        var client = TestClients.Create(FakeDhis2Handler.Always(200, single));

        var unit = Assert.Single(await client.GetOrganisationUnitsAsync().ToListAsync());

        Assert.Equal(["ImspTQPwCqd", "O6uvpzGd5pu", "npWGUj37qDe"], unit.AncestorIds);
        Assert.Equal(3, unit.OrganisationUnitGroups!.Count);
        Assert.Equal(new DateOnly(1971, 1, 1), unit.ClosedDate);
    }

    [Theory]
    [InlineData("ade_v40_orgunits_filter_ilike_nopaging.json", 2)]
    [InlineData("ade_v43_sl_orgunits_gist_levels1-3.json", 166)]
    [InlineData("ade_v43_me_orgunits.json", 1)]
    [InlineData("core_e2e_ou_with_group_and_set.json", 2)]
    public async Task GetOrganisationUnitsAsync_RecordedPartialShapes_AreRead(string fixture, int count)
    {
        var client = TestClients.Create(FakeDhis2Handler.Always(200, Fixtures.Body(fixture)));

        var units = await client.GetOrganisationUnitsAsync().ToListAsync();

        Assert.Equal(count, units.Count);
        Assert.All(units, u => Assert.StartsWith("/", u.Path ?? "/", StringComparison.Ordinal));
    }
}
