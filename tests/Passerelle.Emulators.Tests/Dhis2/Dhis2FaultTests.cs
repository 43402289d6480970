using Passerelle.Emulators.Dhis2;
using Passerelle.Emulators.Faults;

namespace Passerelle.Emulators.Tests.Dhis2;

/// <summary>Faults as the DHIS2 client sees them: DHIS2 envelopes, partial imports with real conflicts.</summary>
public sealed class Dhis2FaultTests
{
    [Fact]
    public async Task PartialImport_AcceptsFirstValuesAndRefusesTheRestWithConflicts()
    {
        var faults = new FaultPlan { Rules = [new FaultRule { Kind = FaultKind.PartialImport, PathPrefix = "/api/dataValueSets", Method = "POST", AcceptFirst = 1 }] };
        await using var session = await EmulatorSession.StartAsync(new Dhis2EmulatorOptions { World = Dhis2World.SierraLeone, Faults = faults });
        await session.PostAsync("api/metadata", """{"dataElements":[{"id":"f7n9E0hX8qk","name":"J","shortName":"J","valueType":"INTEGER","domainType":"AGGREGATE","aggregationType":"SUM"}]}""");

        var (status, body) = await session.PostAsync("api/dataValueSets", """
            {"dataValues":[{"dataElement":"f7n9E0hX8qk","period":"201201","orgUnit":"DiszpKrYNg8","value":"1"},
                           {"dataElement":"f7n9E0hX8qk","period":"201202","orgUnit":"DiszpKrYNg8","value":"2"}]}
            """);

        Assert.Equal(409, status);
        Assert.Equal(1, (int)body["response"]!["importCount"]!["imported"]!);
        Assert.Equal(1, (int)body["response"]!["importCount"]!["ignored"]!);
        Assert.Equal("E7643", (string)body["response"]!["conflicts"]![0]!["errorCode"]!);
        Assert.Single(session.Store.DataValues);
    }

    [Fact]
    public async Task ServerError_InjectedStatus_WebMessageEnvelope()
    {
        var faults = new FaultPlan { Rules = [new FaultRule { Kind = FaultKind.Status, StatusCode = 503 }] };
        await using var session = await EmulatorSession.StartAsync(new Dhis2EmulatorOptions { Faults = faults });

        var (status, body) = await session.GetAsync("api/system/info");

        Assert.Equal(503, status);
        Assert.Equal("Service Unavailable", (string)body!["httpStatus"]!);
        Assert.Equal("ERROR", (string)body["status"]!);
    }

    [Fact]
    public async Task ExpiredAuth_RecordedUnauthorizedBody()
    {
        var faults = new FaultPlan { Rules = [new FaultRule { Kind = FaultKind.ExpiredAuth, AfterRequests = 1 }] };
        await using var session = await EmulatorSession.StartAsync(new Dhis2EmulatorOptions { Faults = faults });
        await session.GetAsync("api/system/info");

        var (status, body) = await session.GetAsync("api/system/info");

        Assert.Equal(401, status);
        Assert.Equal(Fixtures.Json("android_user_user_unauthorized.json").ToJsonString(), body!.ToJsonString());
    }
}
