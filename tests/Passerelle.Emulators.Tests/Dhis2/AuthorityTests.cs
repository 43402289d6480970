using Passerelle.Emulators.Dhis2;

namespace Passerelle.Emulators.Tests.Dhis2;

/// <summary>Users have authorities: <c>F_DATAVALUE_ADD</c> gates data value imports (403), type authorities gate metadata (E3000).</summary>
public sealed class AuthorityTests
{
    private static async Task<EmulatorSession> AsDistrictAsync()
    {
        var session = await EmulatorSession.StartAsync(Dhis2World.SierraLeone);
        session.Client.DefaultRequestHeaders.Authorization = EmulatorSession.BasicAuth(Dhis2User.District.Username, Dhis2User.District.Password);
        return session;
    }

    [Fact]
    public async Task PostDataValueSets_UserWithoutDataValueAdd_403WebMessage()
    {
        await using var session = await AsDistrictAsync();

        var (status, body) = await session.PostAsync("api/dataValueSets", Fixtures.Text("core_e2e_dataValues_bulk.json"));

        Assert.Equal(403, status);
        Assert.Equal("Forbidden", (string?)body["httpStatus"]);
        Assert.Equal("ERROR", (string?)body["status"]);
        Assert.Empty(session.Store.DataValues);
    }

    [Fact]
    public async Task PostMetadata_UserWithoutAddAuthority_409WithE3000PerObjectAndNothingSaved()
    {
        await using var session = await AsDistrictAsync();

        var (status, body) = await session.PostAsync("api/metadata", """{"dataElements":[{"id":"deDistrict1","name":"X","shortName":"X","valueType":"NUMBER","domainType":"AGGREGATE","aggregationType":"SUM"}]}""");

        Assert.Equal(409, status);
        var error = body["response"]!["typeReports"]![0]!["objectReports"]![0]!["errorReports"]![0]!;
        Assert.Equal("E3000", (string?)error["errorCode"]);
        Assert.Equal("User `district` is not allowed to create objects of type DataElement.", (string?)error["message"]);
        Assert.Null(session.Store.Object("dataElements", "deDistrict1"));
    }

    [Fact]
    public async Task Me_District_ListsItsAuthoritiesWithoutAll()
    {
        await using var session = await AsDistrictAsync();

        var (_, me) = await session.GetAsync("api/me?fields=username,authorities");
        var (_, can) = await session.GetAsync("api/me/authorization/F_DATAVALUE_ADD");

        Assert.Equal("district", (string?)me!["username"]);
        Assert.DoesNotContain("ALL", me["authorities"]!.AsArray().Select(a => (string?)a));
        Assert.False((bool)can!);
    }

    [Fact]
    public async Task MeAuthorization_Admin_HoldsEveryAuthorityThroughAll()
    {
        await using var session = await EmulatorSession.StartAsync(Dhis2World.Empty);

        var (_, can) = await session.GetAsync("api/me/authorization/F_METADATA_IMPORT");
        var (_, list) = await session.GetAsync("api/me/authorization");

        Assert.True((bool)can!);
        Assert.Equal(["ALL"], list!.AsArray().Select(a => (string?)a));
    }

    [Fact]
    public async Task ResourceTablesAnalytics_UserWithoutMaintenance_403()
    {
        await using var session = await AsDistrictAsync();

        var (status, _) = await session.PostAsync("api/resourceTables/analytics", "{}");

        Assert.Equal(403, status);
    }
}
