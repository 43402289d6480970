using Passerelle.Dhis2.Http;
using Passerelle.Dhis2.Metadata;
using Passerelle.Emulators.Dhis2;
using Passerelle.Emulators.Faults;
using Passerelle.Sync.Publishing;

namespace Passerelle.Sync.Tests.Publishing;

/// <summary>The publisher against the DHIS2 emulator: idempotence per version, resume after a fault, read-back, authorities.</summary>
public sealed class PublisherTests
{
    private const int Expected = PublishingWorld.Facilities * PublishingWorld.ValuesPerFacility;

    [Theory]
    [InlineData("2.38")]
    [InlineData("2.40")]
    [InlineData("2.43")]
    public async Task Publish_Twice_SecondPushChangesNothing(string version)
    {
        // Given results for twelve facilities and an empty Passerelle data set in DHIS2
        await using var world = await PublishingWorld.StartAsync(version);

        // When they are published twice
        var first = await world.Publisher().PublishAsync(PublishingWorld.Period, null, dryRun: false, diffCsv: null, CancellationToken.None);
        var heldAfterFirst = world.HeldValues().ToDictionary(v => v.Key, v => (v.Value, v.LastUpdated));
        var second = await world.Publisher().PublishAsync(PublishingWorld.Period, null, dryRun: false, diffCsv: null, CancellationToken.None);

        // Then the first sends every value, reconciled, and the read-back matches
        Assert.Equal(Expected, first.ValuesSent);
        Assert.True(first.IsReconciled);
        Assert.Empty(first.Conflicts);
        Assert.True(first.ReadBack!.Matches, string.Join("; ", first.ReadBack.Differences));
        // And the second sends nothing, sees every value unchanged and every metadata object unchanged
        Assert.Equal(0, second.ValuesSent);
        Assert.Equal(Expected, second.Diff.Unchanged.Count);
        Assert.All(second.MetadataDiff!.Objects, o => Assert.True(o.Kind == MetadataChangeKind.Unchanged, $"{o.Type} {o.Code} {string.Join(",", o.Properties)}"));
        Assert.Equal(heldAfterFirst, world.HeldValues().ToDictionary(v => v.Key, v => (v.Value, v.LastUpdated)));
    }

    [Theory]
    [InlineData(FaultKind.Drop)]
    [InlineData(FaultKind.Status)]
    public async Task Publish_FaultOnThirdChunk_FailsThenRerunLeavesExactlyTheExpectedValues(FaultKind fault)
    {
        // Given DHIS2 fails the third data value POST (of ten), once
        var faults = new FaultPlan { Rules = [new FaultRule { Kind = fault, StatusCode = 500, PathPrefix = "/api/dataValueSets", Method = "POST", EveryNth = 3, FirstN = 3 }] };
        await using var world = await PublishingWorld.StartAsync(faults: faults);

        // When a push runs, then runs again
        var error = await Assert.ThrowsAsync<Dhis2Exception>(() =>
            world.Publisher().PublishAsync(PublishingWorld.Period, null, dryRun: false, diffCsv: null, CancellationToken.None));
        var heldAfterFault = world.HeldValues().Count;
        var rerun = await world.Publisher().PublishAsync(PublishingWorld.Period, null, dryRun: false, diffCsv: null, CancellationToken.None);

        // Then the first run fails clearly after two acknowledged chunks
        Assert.Equal(fault == FaultKind.Drop ? Dhis2ErrorKind.Unreachable : Dhis2ErrorKind.ServerError, error.Kind);
        Assert.Contains("dataValueSets", error.Message, StringComparison.Ordinal);
        Assert.Equal(20, heldAfterFault);
        // And the re-run sends only the rest: DHIS2 holds every expected value once, none lost
        Assert.Equal(Expected - 20, rerun.ValuesSent);
        Assert.Equal(20, rerun.Diff.Unchanged.Count);
        Assert.Equal(Expected, world.HeldValues().Count);
        Assert.True(rerun.ReadBack!.Matches, string.Join("; ", rerun.ReadBack.Differences));
        var check = await world.Publisher().PublishAsync(PublishingWorld.Period, null, dryRun: true, diffCsv: null, CancellationToken.None);
        Assert.True(check.Diff.IsEmpty);
        Assert.Equal(Expected, check.Diff.Unchanged.Count);
    }

    [Fact]
    public async Task Publish_ChangedResult_OnlyThatValueSentAndReadBackMatches()
    {
        await using var world = await PublishingWorld.StartAsync();
        await world.Publisher().PublishAsync(PublishingWorld.Period, null, dryRun: false, diffCsv: null, CancellationToken.None);
        await world.ChangeHeadcountAsync(facility: 5, headcount: 9);

        var second = await world.Publisher().PublishAsync(PublishingWorld.Period, null, dryRun: false, diffCsv: null, CancellationToken.None);

        // The headcount and the gap of that facility and cadre change; nothing else is sent
        Assert.Equal(2, second.ValuesSent);
        Assert.Equal(2, second.Diff.Changed.Count);
        Assert.Contains(world.HeldValues(), v => v.Key.OrgUnit == world.Units[5] && v.Value == "9");
        Assert.True(second.ReadBack!.Matches);
    }

    [Fact]
    public async Task Publish_WithoutGeneratingAnalyticsTables_ReadBackReportsEveryTotalMissing()
    {
        await using var world = await PublishingWorld.StartAsync();

        var report = await world.Publisher(options: new PublisherOptions { RefreshAnalyticsTables = false })
            .PublishAsync(PublishingWorld.Period, null, dryRun: false, diffCsv: null, CancellationToken.None);

        var readBack = report.ReadBack!;
        Assert.False(readBack.AnalyticsTablesRefreshed);
        Assert.True(readBack.Compared > 0);
        // (zero totals are equal to "no value"; every other total is missing until the tables are generated)
        Assert.NotEmpty(readBack.Differences);
        Assert.All(readBack.Differences, d => Assert.Null(d.InDhis2));
    }

    [Fact]
    public async Task Publish_UserWithoutImportRights_FailsBeforeSendingAndNamesTheAuthorities()
    {
        await using var world = await PublishingWorld.StartAsync(user: Dhis2User.District);

        var error = await Assert.ThrowsAsync<Dhis2Exception>(() =>
            world.Publisher().PublishAsync(PublishingWorld.Period, null, dryRun: false, diffCsv: null, CancellationToken.None));

        Assert.Equal(Dhis2ErrorKind.Forbidden, error.Kind);
        Assert.Contains("F_DATAVALUE_ADD", error.Message, StringComparison.Ordinal);
        Assert.Contains("F_DATASET_PUBLIC_ADD", error.Message, StringComparison.Ordinal);
        Assert.Empty(world.HeldValues());
        Assert.Null(world.Emulator.Store.Object("dataSets", Passerelle.Dhis2.Uids.Dhis2Uid.FromCode("dataSet", PublicationPlanFactory.DataSet)));
    }

    [Fact]
    public async Task DryRun_UserWithoutImportRights_PreviewsTheDiffAndListsMissingAuthorities()
    {
        await using var world = await PublishingWorld.StartAsync(user: Dhis2User.District);

        var report = await world.Publisher().PublishAsync(PublishingWorld.Period, null, dryRun: true, diffCsv: null, CancellationToken.None);

        Assert.Equal(Expected, report.Diff.Added.Count);
        Assert.Contains("F_DATAVALUE_ADD", report.MissingAuthorities);
        Assert.Contains("F_PERFORM_MAINTENANCE", report.MissingAuthorities);
        Assert.Empty(world.HeldValues());
    }
}
