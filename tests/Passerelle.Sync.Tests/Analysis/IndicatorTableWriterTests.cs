using System.Globalization;
using Passerelle.Core.Indicators.Suppression;
using Passerelle.Core.Storage;
using Passerelle.Sync.Analysis;
using Passerelle.Sync.Plan;

namespace Passerelle.Sync.Tests.Analysis;

public sealed class IndicatorTableWriterTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task Write_CountBySexUnderFive_NeverLeaves(int count)
    {
        // Given a by-sex cell of 1–4 workers stored by mistake without the suppression mark
        var folder = Directory.CreateTempSubdirectory("passerelle-export-").FullName;
        IndicatorValue[] values = [new(HeadcountBySex.Code, "2026", OrgLevel.Facility, "KL-PS-001", "cadre=IDE|sex=Female", count, null, null, false)];

        // When the tables are written
        var files = await IndicatorTableWriter.WriteAsync(folder, "csv", values, [], AnalysisPlanLoader.LoadShipped(), SmallCellPolicy.Default, CancellationToken.None);

        // Then the value is blank and marked suppressed
        var lines = await File.ReadAllLinesAsync(files[0]);
        var row = lines.Single(l => l.StartsWith(HeadcountBySex.Code, StringComparison.Ordinal)).Split(',');
        Assert.Equal("", row[6]);
        Assert.StartsWith("oui", row[9], StringComparison.Ordinal);
        Directory.Delete(folder, true);
    }

    [Fact]
    public async Task Write_Csv_HasFrenchThenEnglishHeaders()
    {
        // Given one density value
        var folder = Directory.CreateTempSubdirectory("passerelle-export-").FullName;
        IndicatorValue[] values = [new(DensityAnalysis.DoctorDensity, "2026", OrgLevel.Region, "SN-KL", "", 0.48, 12, 250000, false)];

        // When the tables are written
        var files = await IndicatorTableWriter.WriteAsync(folder, "csv", values, [], AnalysisPlanLoader.LoadShipped(), SmallCellPolicy.Default, CancellationToken.None);

        // Then line 1 is French, line 2 English, line 3 the value with its French label
        var lines = await File.ReadAllLinesAsync(files[0]);
        Assert.StartsWith("indicateur,libellé,période", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.StartsWith("indicator,label,period", lines[1], StringComparison.Ordinal);
        Assert.Contains("Médecins pour 10 000 habitants", lines[2], StringComparison.Ordinal);
        Assert.Contains(0.48.ToString(CultureInfo.InvariantCulture), lines[2], StringComparison.Ordinal);
        Directory.Delete(folder, true);
    }
}
