using Microsoft.Extensions.Time.Testing;
using Passerelle.Core.Storage;
using Passerelle.Sync.Analysis;
using Passerelle.Sync.Pipeline;
using Passerelle.Sync.Tests.Support;

namespace Passerelle.Sync.Tests.Pipeline;

/// <summary>The staged world aligned then analysed; expected figures computed by hand from <see cref="StagedWorld"/>.</summary>
public sealed class AnalyzeStageTests : IAsyncLifetime
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private StagedWorld _world = null!;

    private AnalyzeStage _stage = null!;

    public async Task InitializeAsync()
    {
        _world = await StagedWorld.CreateAsync();
        await new AlignStage(_world.Warehouse, new FakeTimeProvider(new DateTimeOffset(2027, 1, 5, 8, 0, 0, TimeSpan.Zero))).RunAsync(Ct);
        _stage = new AnalyzeStage(_world.Warehouse, StagedWorld.ReferenceDate);
        await _stage.RunAsync(Ct);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private async Task<List<IndicatorValue>> StoredAsync(string code)
    {
        var list = new List<IndicatorValue>();
        await foreach (var value in _world.Warehouse.Results.ReadIndicatorValuesAsync(new IndicatorQuery(code, StagedWorld.Period), Ct))
        {
            list.Add(value);
        }

        return list;
    }

    [Fact]
    public async Task Run_ConsultationsPerNurse_IsTheMonthlyVolumeOverTheNurses()
    {
        // Then Ndiaffate (300 a month, 1 IDE) gives 300 and Nioro (750 a month, 3 IDE) gives 250
        var values = await StoredAsync("PASS_CONSULT_PAR_INF");
        Assert.Equal(300, values.Single(v => v.OrgLevel == OrgLevel.Facility && v.UnitId == "KL-PS-001").Value);
        Assert.Equal(250, values.Single(v => v.OrgLevel == OrgLevel.Facility && v.UnitId == "KL-CS-001").Value);
    }

    [Fact]
    public async Task Run_ConsultationsWithoutNurse_HaveNoValue()
    {
        // Then Latmingué, with consultations but nobody in post, has no workload value (not zero, not infinite)
        var values = await StoredAsync("PASS_CONSULT_PAR_INF");
        Assert.Null(values.Single(v => v.OrgLevel == OrgLevel.Facility && v.UnitId == "KL-PS-002").Value);
    }

    [Fact]
    public async Task Run_DeliveriesPerMidwife_IsComputedPerFacility()
    {
        // Then Ndiaffate (10 deliveries a month, 1 SFE) gives 10
        var values = await StoredAsync("PASS_ACC_PAR_SF");
        Assert.Equal(10, values.Single(v => v.OrgLevel == OrgLevel.Facility && v.UnitId == "KL-PS-001").Value);
    }

    [Fact]
    public async Task Run_WisnForNurses_IsStoredWhereActivityWasReported()
    {
        // Then Nioro has a WISN need for IDE, and its ratio is existing / required
        var required = (await StoredAsync("PASS_WISN_BESOIN_INF")).Single(v => v.UnitId == "KL-CS-001");
        var ratio = (await StoredAsync("PASS_WISN_RATIO_INF")).Single(v => v.UnitId == "KL-CS-001");
        Assert.True(required.Value > 0);
        Assert.Equal(3 / required.Value!.Value, ratio.Value!.Value, 9);
    }

    [Fact]
    public async Task Run_HeadcountBySex_SuppressesCellsUnderFive()
    {
        // Then every by-sex cell of the small world (all under 5) is stored without a value, marked suppressed
        var values = await StoredAsync(HeadcountBySex.Code);
        Assert.NotEmpty(values);
        Assert.All(values, v =>
        {
            Assert.True(v.Suppressed);
            Assert.Null(v.Value);
        });
    }

    [Fact]
    public async Task Run_DataQuality_FindsTheUnregisteredClinicTheUnstaffedPostAndTheOutlier()
    {
        // Then the findings name what is wrong in the small world
        var findings = _stage.DataQuality!.Findings;
        Assert.Contains(findings, f => f.IndicatorCode == DataQualityAnalysis.IhrisNotInRegistry && f.UnitId == "loc-clinique");
        Assert.Contains(findings, f => f.IndicatorCode == DataQualityAnalysis.ActivityWithoutStaff && f.UnitId == "KL-PS-002");
        Assert.Contains(findings, f => f.IndicatorCode == DataQualityAnalysis.Outlier && f.UnitId == "KL-PS-002" && f.French.Contains("202606", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.IndicatorCode == DataQualityAnalysis.WorkerWithoutFacilityOrCadre);
        Assert.Equal(1, (await StoredAsync(DataQualityAnalysis.IhrisNotInRegistry)).Single().Value);
    }

    [Fact]
    public async Task Run_Completeness_IsTheShareOfMonthsReported()
    {
        // Then Ndiaffate, reporting every month, is complete
        var values = await StoredAsync(DataQualityAnalysis.Completeness);
        Assert.Equal(100, values.Single(v => v.OrgLevel == OrgLevel.Facility && v.UnitId == "KL-PS-001").Value);
    }
}
