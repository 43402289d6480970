using System.Globalization;
using System.Text.Json;
using Passerelle.Core.Facilities;
using Passerelle.Core.Storage;
using Passerelle.Core.Workforce;
using Passerelle.Sync.Pipeline;
using Passerelle.Warehouse;

namespace Passerelle.Web.Tests.Reading;

/// <summary>The overview's key figures and trends.</summary>
[Collection(WebCollection.Name)]
public sealed class OverviewTests(WebTestWarehouse warehouse)
{
    [Fact]
    public async Task Summary_WorkerInPostAtTwoFacilities_CountsThatWorkerOnce()
    {
        // Given a warehouse where one worker in post holds a second post at another facility, analysed again
        var copy = warehouse.NewCopy();
        int expected;
        await using (var store = await WarehouseFactory.OpenAsync(copy, TimeProvider.System, CancellationToken.None))
        {
            var period = (await store.Results.ReadIndicatorValuesAsync(new IndicatorQuery("PASS_PCT_CONFORMES", OrgLevel: OrgLevel.Country), CancellationToken.None).FirstAsync()).Period;
            var referenceDate = (await store.Facts.ReadStaffSnapshotAsync(period, CancellationToken.None).FirstAsync()).SnapshotDate;
            var roles = await store.Staging.ReadWorkerRolesAsync(SourceSystem.Ihris, CancellationToken.None).ToListAsync();
            var linked = (await store.Crosswalk.ReadFacilityLinksAsync(SourceSystem.Ihris, CancellationToken.None))
                .Where(l => l.Status.IsAccepted()).Select(l => l.SourceId).ToHashSet(StringComparer.Ordinal);
            var first = roles.First(r => r.IsInPostOn(referenceDate) && NationalCadres.ByCode(r.CadreCode ?? "") is not null && linked.Contains(r.FacilitySourceId ?? ""));
            var otherFacility = linked.First(f => f != first.FacilitySourceId);
            roles.Add(first with { RoleId = first.RoleId + "-second", FacilitySourceId = otherFacility });
            await store.Staging.ReplaceWorkerRolesAsync(SourceSystem.Ihris, roles.ToAsyncEnumerable(), CancellationToken.None);
            var analysis = new AnalyzeStage(store, referenceDate);
            await analysis.RunAsync(CancellationToken.None);
            expected = analysis.Result!.WorkersInPost;
        }

        await using var factory = new PasserelleFactory(copy);
        var client = await factory.SignedInAsync("viewer");

        // When the key figures are read
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/summary"));
        var facilities = JsonDocument.Parse(await client.GetStringAsync("/api/facilities")).RootElement.EnumerateArray().Sum(f => f.GetProperty("workers").GetInt32());

        // Then the workers in post are the analysis' distinct count, below the sum of facility headcounts
        Assert.Equal(expected, json.RootElement.GetProperty("workersInPost").GetInt32());
        Assert.True(facilities > expected, $"facility headcounts {facilities} should count the two-post worker twice (distinct {expected})");
    }

    [Fact]
    public async Task OverviewPage_AfterDemo_ShowsTheDistinctWorkersAndTheTrendChart()
    {
        // Given the demo warehouse and a viewer
        await using var factory = new PasserelleFactory(warehouse.NewCopy());
        var client = await factory.SignedInAsync("viewer");
        using var summary = JsonDocument.Parse(await client.GetStringAsync("/api/summary"));

        // When the overview is opened
        var html = await client.GetStringAsync("/");

        // Then it shows the distinct count in French format and a canvas fed by the trend API
        var workers = summary.RootElement.GetProperty("workersInPost").GetInt32();
        Assert.Contains($"data-figure=\"workers\">{workers.ToString("N0", CultureInfo.GetCultureInfo("fr-FR"))}<", html, StringComparison.Ordinal);
        Assert.Contains("id=\"trend-chart\"", html, StringComparison.Ordinal);
        Assert.Contains("data-source=\"/api/trends\"", html, StringComparison.Ordinal);
        Assert.Contains("Volumes de service par mois", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverviewAndRuns_SucceededDemoRun_SayItInFrench()
    {
        // Given the demo warehouse, whose run succeeded, and a viewer
        await using var factory = new PasserelleFactory(warehouse.NewCopy());
        var client = await factory.SignedInAsync("viewer");

        // When the overview and the runs are opened
        var overview = await client.GetStringAsync("/");
        var runs = await client.GetStringAsync("/runs");

        // Then the run and its stages are said to have succeeded in French, not in the stored English
        Assert.Contains("data-figure=\"last-run\">réussie<", overview, StringComparison.Ordinal);
        Assert.Contains("<td>réussie</td>", runs, StringComparison.Ordinal);
        Assert.DoesNotContain(">Succeeded<", overview + runs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trends_AfterDemo_SumEachMonthsVolumesOfTheLinkedFacilities()
    {
        // Given the demo warehouse and a viewer
        await using var factory = new PasserelleFactory(warehouse.NewCopy());
        var client = await factory.SignedInAsync("viewer");

        // When the trends are read
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/trends"));
        var months = json.RootElement.GetProperty("months").EnumerateArray().Select(m => m.GetString()!).ToList();
        var consultations = json.RootElement.GetProperty("volumes").EnumerateArray().Single(s => s.GetProperty("dataElement").GetString() == "CONS_CURATIVES");

        // Then there is one value per pulled month, each the sum of that month's stored values at linked facilities
        Assert.NotEmpty(months);
        Assert.Equal("Consultations curatives", consultations.GetProperty("french").GetString());
        var linked = (await factory.Warehouse.Crosswalk.ReadFacilityLinksAsync(SourceSystem.Dhis2, CancellationToken.None))
            .Where(l => l.Status.IsAccepted()).Select(l => l.SourceId).ToHashSet(StringComparer.Ordinal);
        var values = consultations.GetProperty("values").EnumerateArray().ToList();
        Assert.Equal(months.Count, values.Count);
        for (var i = 0; i < months.Count; i++)
        {
            var stored = await factory.Warehouse.Facts.ReadServiceVolumesAsync(months[i], CancellationToken.None)
                .Where(v => v.DataElementCode == "CONS_CURATIVES" && linked.Contains(v.FacilityId)).Select(v => v.Value).SumAsync();
            Assert.Equal(stored, values[i].ValueKind == JsonValueKind.Null ? 0 : values[i].GetDouble(), 6);
        }

        Assert.Contains(values, v => v.ValueKind == JsonValueKind.Number && v.GetDouble() > 0);
        Assert.NotEmpty(json.RootElement.GetProperty("compliance").EnumerateArray());
    }

    [Fact]
    public async Task SummaryAndTrends_UserLimitedToAnotherRegion_SeeNoKaolackWorkersOrVolumes()
    {
        // Given a viewer limited to Dakar on the Kaolack demo
        var copy = warehouse.NewCopy();
        await using (var store = await WarehouseFactory.OpenAsync(copy, TimeProvider.System, CancellationToken.None))
        {
            await new Passerelle.Web.Security.UserAccounts(store.Users, store.Audit, TimeProvider.System)
                .AddAsync("dakar", WebTestWarehouse.Password, UserRole.Viewer, ["SN-DK"], "test", CancellationToken.None);
        }

        await using var factory = new PasserelleFactory(copy);
        var client = await factory.SignedInAsync("dakar");

        // When the key figures and trends are read
        using var summary = JsonDocument.Parse(await client.GetStringAsync("/api/summary"));
        using var trends = JsonDocument.Parse(await client.GetStringAsync("/api/trends"));

        // Then nothing of Kaolack shows: no worker, no volume, no compliance
        Assert.Equal(0, summary.RootElement.GetProperty("workersInPost").GetInt32());
        Assert.Empty(trends.RootElement.GetProperty("volumes").EnumerateArray());
        Assert.Empty(trends.RootElement.GetProperty("compliance").EnumerateArray());
    }
}
