using Passerelle.Dhis2.Analytics;
using Passerelle.Dhis2.Http;
using Passerelle.Dhis2.Metadata;
using Passerelle.Dhis2.Push;
using Passerelle.Dhis2.Security;
using Passerelle.Dhis2.Tests.Metadata;
using Passerelle.Emulators.Dhis2;

namespace Passerelle.Dhis2.Tests.Emulator;

/// <summary>Authorities, metadata export and diff, analytics tables and job polling, against the emulator.</summary>
public sealed class ClientFeaturesAgainstEmulatorTests
{
    [Fact]
    public async Task EnsureAuthorities_DistrictUser_ForbiddenNamingEachMissingAuthority()
    {
        await using var dhis2 = await EmulatedDhis2.StartAsync("2.40");
        var client = dhis2.Client(user: Dhis2User.District);
        var package = Dhis2MetadataPackageBuilder.Build(SamplePlan.Create());

        var error = await Assert.ThrowsAsync<Dhis2Exception>(() =>
            client.EnsureAuthoritiesAsync([.. Dhis2Authorities.ForPackage(package), Dhis2Authorities.DataValuePush]));

        Assert.Equal(Dhis2ErrorKind.Forbidden, error.Kind);
        Assert.Contains("« district »", error.Message, StringComparison.Ordinal);
        Assert.Contains("F_DATAVALUE_ADD (pour envoyer des valeurs de données)", error.Message, StringComparison.Ordinal);
        Assert.Contains("F_DATAELEMENT_PUBLIC_ADD (to create or update data elements)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnsureAuthorities_Admin_ReturnsSuperuser()
    {
        await using var dhis2 = await EmulatedDhis2.StartAsync("2.43");

        var user = await dhis2.Client().EnsureAuthoritiesAsync([Dhis2Authorities.DataValuePush, Dhis2Authorities.AnalyticsTables]);

        Assert.Equal("admin", user.Username);
        Assert.True(user.IsSuperuser);
    }

    [Fact]
    public async Task ImportDataValues_DistrictUser_ForbiddenError()
    {
        await using var dhis2 = await EmulatedDhis2.StartAsync("2.40");
        var client = dhis2.Client(user: Dhis2User.District);

        var error = await Assert.ThrowsAsync<Dhis2Exception>(() => client.ImportDataValueChunkAsync(ClientAgainstEmulatorTests.RecordedValues()));

        Assert.Equal(Dhis2ErrorKind.Forbidden, error.Kind);
        Assert.Equal(403, error.StatusCode);
    }

    [Fact]
    public async Task DiffMetadata_BeforeAndAfterImport_AddedThenUnchanged()
    {
        await using var dhis2 = await EmulatedDhis2.StartAsync("2.40");
        var client = dhis2.Client();
        var package = Dhis2MetadataPackageBuilder.Build(SamplePlan.Create());

        var before = await client.DiffMetadataAsync(package);
        Assert.True((await client.ImportMetadataAsync(package, MetadataImportOptions.Commit)).IsOk);
        var after = await client.DiffMetadataAsync(package);

        Assert.All(before.Objects, o => Assert.Equal(MetadataChangeKind.Added, o.Kind));
        Assert.Equal(package.DataElements.Count, before.Objects.Count(o => o.Type == "dataElements"));
        Assert.All(after.Objects, o => Assert.True(o.Kind == MetadataChangeKind.Unchanged, $"{o.Type} {o.Code}: {string.Join(",", o.Properties)}"));
    }

    [Fact]
    public async Task DiffMetadata_NameChangedInDhis2_ChangedWithThatProperty()
    {
        await using var dhis2 = await EmulatedDhis2.StartAsync("2.40");
        var client = dhis2.Client();
        var package = Dhis2MetadataPackageBuilder.Build(SamplePlan.Create());
        Assert.True((await client.ImportMetadataAsync(package, MetadataImportOptions.Commit)).IsOk);
        var element = package.DataElements[0];
        var renamed = new System.Text.Json.Nodes.JsonObject
        {
            ["dataElements"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
            {
                ["id"] = element.Id,
                ["code"] = element.Code,
                ["name"] = "Renommé à la main",
                ["shortName"] = element.ShortName,
                ["valueType"] = element.ValueType,
                ["domainType"] = "AGGREGATE",
                ["aggregationType"] = element.AggregationType,
                ["zeroIsSignificant"] = element.ZeroIsSignificant,
                ["categoryCombo"] = new System.Text.Json.Nodes.JsonObject { ["id"] = element.CategoryCombo.Id },
            }),
        };
        Assert.True((await client.ImportMetadataAsync(renamed, new MetadataImportOptions { Atomic = AtomicMode.None })).IsOk);

        var diff = await client.DiffMetadataAsync(package);

        var changed = Assert.Single(diff.Objects, o => o.Kind == MetadataChangeKind.Changed);
        Assert.Equal(element.Id, changed.Id);
        Assert.Contains("name", changed.Properties);
    }

    [Fact]
    public async Task RefreshAnalyticsTables_ThenAnalytics_SeeTheImportedValue()
    {
        // Given an emulator whose analytics read the analytics tables, as real DHIS2 does
        await using var dhis2 = await EmulatedDhis2.StartAsync("2.40", configure: o => o with { AnalyticsFromTables = true });
        var client = dhis2.Client();
        Assert.True((await client.ImportMetadataAsync(EmulatedDhis2.AggregateMetadata(), MetadataImportOptions.Commit)).IsOk);
        var value = ClientAgainstEmulatorTests.RecordedValues()[0];
        await client.ImportDataValueChunkAsync([value]);
        var query = new Dhis2AnalyticsQuery { Data = [value.DataElement], Periods = [value.Period], OrgUnits = [value.OrgUnit] };

        // When analytics are read before and after generating the tables
        var before = await client.GetAnalyticsAsync(query);
        await client.RefreshAnalyticsTablesAsync(lastYears: 1);
        var after = await client.GetAnalyticsAsync(query);

        // Then only the second read sees the value
        Assert.Empty(before.Rows);
        Assert.Equal(double.Parse(value.Value!, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(after.Rows).Value);
    }

    [Fact]
    public async Task ImportDataValues_AsyncJobNeverCompletes_CancellationHonoured()
    {
        await using var dhis2 = await EmulatedDhis2.StartAsync("2.40", configure: o => o with { AsyncPollsBeforeCompletion = int.MaxValue });
        var client = dhis2.Client();
        Assert.True((await client.ImportMetadataAsync(EmulatedDhis2.AggregateMetadata(), MetadataImportOptions.Commit)).IsOk);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(400));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            client.ImportDataValueChunkAsync(ClientAgainstEmulatorTests.RecordedValues(), new DataValueImportOptions { Async = true }, cancellationToken: cancel.Token));
    }

    [Fact]
    public async Task ImportDataValues_AsyncJobTooLong_TimeoutErrorNamingTheJob()
    {
        await using var dhis2 = await EmulatedDhis2.StartAsync("2.40", configure: o => o with { AsyncPollsBeforeCompletion = int.MaxValue });
        var client = dhis2.Client(configure: o => o.AsyncJobTimeout = TimeSpan.FromMilliseconds(150));
        Assert.True((await client.ImportMetadataAsync(EmulatedDhis2.AggregateMetadata(), MetadataImportOptions.Commit)).IsOk);

        var error = await Assert.ThrowsAsync<Dhis2Exception>(() =>
            client.ImportDataValueChunkAsync(ClientAgainstEmulatorTests.RecordedValues(), new DataValueImportOptions { Async = true }));

        Assert.Equal(Dhis2ErrorKind.Timeout, error.Kind);
        Assert.Contains("DATAVALUE_IMPORT", error.Message, StringComparison.Ordinal);
    }
}
