using Passerelle.Emulators.Dhis2;

namespace Passerelle.Emulators.Tests.Dhis2;

/// <summary>
/// Paging through a list: the filtered and ordered list is kept between pages (a continent's 100,000 org units are sorted
/// once, not once per page), and a change to the store is seen by the next page asked for.
/// </summary>
public sealed class MetadataPagingTests
{
    private const string Units = """
        {"organisationUnits":[
          {"id":"ouBravo0001","name":"Bravo","shortName":"Bravo","openingDate":"2020-01-01"},
          {"id":"ouCharlie01","name":"Charlie","shortName":"Charlie","openingDate":"2020-01-01"},
          {"id":"ouDelta0001","name":"Delta","shortName":"Delta","openingDate":"2020-01-01"}]}
        """;

    [Fact]
    public async Task List_EveryPage_EachUnitOnceInNameOrder()
    {
        // Given three org units
        await using var session = await EmulatorSession.StartAsync(Dhis2World.Empty);
        await session.PostAsync("api/metadata", Units);

        // When they are read two by two
        var (_, first) = await session.GetAsync("api/organisationUnits?pageSize=2&page=1&fields=name");
        var (_, second) = await session.GetAsync("api/organisationUnits?pageSize=2&page=2&fields=name");

        // Then the pages give each unit once, by name
        var names = first!["organisationUnits"]!.AsArray().Concat(second!["organisationUnits"]!.AsArray()).Select(u => (string)u!["name"]!);
        Assert.Equal(["Bravo", "Charlie", "Delta"], names);
        Assert.Equal(3, (int)second["pager"]!["total"]!);
    }

    [Fact]
    public async Task List_UnitAddedBetweenTwoReads_TheNextReadSeesIt()
    {
        // Given a first page read
        await using var session = await EmulatorSession.StartAsync(Dhis2World.Empty);
        await session.PostAsync("api/metadata", Units);
        await session.GetAsync("api/organisationUnits?pageSize=2&page=1&fields=name");

        // When a unit that sorts first is added, and the same page is read again
        await session.PostAsync("api/metadata", """{"organisationUnits":[{"id":"ouAlpha0001","name":"Alpha","shortName":"Alpha","openingDate":"2020-01-01"}]}""");
        var (_, again) = await session.GetAsync("api/organisationUnits?pageSize=2&page=1&fields=name");

        // Then the page is the new list's
        Assert.Equal(["Alpha", "Bravo"], again!["organisationUnits"]!.AsArray().Select(u => (string)u!["name"]!));
        Assert.Equal(4, (int)again["pager"]!["total"]!);
    }

    [Fact]
    public async Task List_AnotherFilterAfterAPage_FilteredAnew()
    {
        // Given a page of the whole list read
        await using var session = await EmulatorSession.StartAsync(Dhis2World.Empty);
        await session.PostAsync("api/metadata", Units);
        await session.GetAsync("api/organisationUnits?pageSize=2&page=1&fields=name");

        // When a filtered list is asked for
        var (_, filtered) = await session.GetAsync("api/organisationUnits?pageSize=2&page=1&fields=name&filter=name:eq:Delta");

        // Then it is the filter's, not the page kept from before
        Assert.Equal(["Delta"], filtered!["organisationUnits"]!.AsArray().Select(u => (string)u!["name"]!));
    }
}
