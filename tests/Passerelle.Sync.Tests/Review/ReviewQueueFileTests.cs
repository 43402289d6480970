using ClosedXML.Excel;
using Microsoft.Extensions.Time.Testing;
using Passerelle.Core.Facilities;
using Passerelle.Core.Storage;
using Passerelle.Sync.Pipeline;
using Passerelle.Sync.Review;
using Passerelle.Sync.Tests.Support;

namespace Passerelle.Sync.Tests.Review;

public sealed class ReviewQueueFileTests : IAsyncLifetime
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2027, 1, 5, 8, 0, 0, TimeSpan.Zero));

    private StagedWorld _world = null!;

    private string _folder = null!;

    public async Task InitializeAsync()
    {
        _world = await StagedWorld.CreateAsync();
        _folder = Directory.CreateTempSubdirectory("passerelle-review-").FullName;
        await new AlignStage(_world.Warehouse, _time).RunAsync(Ct);
        await QueueAsync(_world.Warehouse, _time.GetUtcNow());
    }

    /// <summary>Puts one facility pair and one job title in the review queue.</summary>
    internal static async Task QueueAsync(IWarehouse warehouse, DateTimeOffset now)
    {
        await warehouse.Crosswalk.UpsertFacilityLinksAsync(
            [new FacilityLink("KL-PS-002", SourceSystem.Ihris, "loc-clinique", 0.55, DecisionStatus.Review, AlignStageExplanation, AlignStage.MatcherName, now)], Ct);
        await warehouse.Crosswalk.UpsertCadreMappingsAsync(
            [new CadreMapping(SourceSystem.Ihris, "J-ICP", "Infirmier chef de poste", "IDE", 0.7, DecisionStatus.Review, "{}", "passerelle-cadres", now)], Ct);
    }

    private const string AlignStageExplanation =
        """{"score":0.55,"flags":"None","fr":"Nom : proche (+2.0)","en":"Name: close (+2.0)","signals":[{"signal":"Name","level":"close","weight":2.0},{"signal":"Distance","level":"far","weight":-3.1}]}""";

    public async Task DisposeAsync()
    {
        await _world.DisposeAsync();
        Directory.Delete(_folder, true);
    }

    private static async Task FillAsync(string path, string facilityDecision, string reviewer, string other = "")
    {
        var lines = await File.ReadAllLinesAsync(path);
        for (var i = 1; i < lines.Length; i++)
        {
            var cells = lines[i].Split(',');
            if (cells[0] == "structure")
            {
                cells[10] = facilityDecision;
                cells[11] = other;
                cells[12] = reviewer;
                lines[i] = string.Join(',', cells);
            }
        }

        await File.WriteAllLinesAsync(path, lines);
    }

    [Fact]
    public async Task Export_Csv_HasTheFrenchHeaderAndOneRowPerPendingItem()
    {
        // When the queue is exported
        var path = Path.Combine(_folder, "file.csv");
        var count = await ReviewQueueFile.ExportAsync(_world.Warehouse, path, null, Ct);

        // Then the header is French and both pending items are there
        var lines = await File.ReadAllLinesAsync(path);
        Assert.Equal(string.Join(',', ReviewQueueFile.Columns), lines[0].TrimStart('\uFEFF'));
        Assert.Equal(2, count);
        Assert.Contains(lines, l => l.StartsWith("structure,Ihris,loc-clinique,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("cadre,Ihris,J-ICP,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_RejectDecision_IsStoredUnderTheReviewerAndAudited()
    {
        // Given an exported queue where the district team rejected the facility pair
        var path = Path.Combine(_folder, "file.csv");
        await ReviewQueueFile.ExportAsync(_world.Warehouse, path, null, Ct);
        await FillAsync(path, "rejeter", "fatou.sarr");

        // When the file is imported
        var result = await ReviewQueueFile.ImportAsync(_world.Warehouse, path, _time, Ct);

        // Then the rejection is stored as a person's decision, under the reviewer's name, and audited
        Assert.Empty(result.Errors);
        Assert.Equal(1, result.Applied);
        var link = (await _world.Warehouse.Crosswalk.ReadFacilityLinksAsync(SourceSystem.Ihris, Ct)).Single(l => l.SourceId == "loc-clinique");
        Assert.Equal(DecisionStatus.ManualRejected, link.Status);
        Assert.Equal("fatou.sarr", link.DecidedBy);
        var audit = await _world.Warehouse.Audit.ReadAsync(new AuditQuery(Action: "decision", Actor: "fatou.sarr"), Ct);
        Assert.Contains(audit, a => a.Event.ObjectId == "Ihris:loc-clinique");
    }

    [Fact]
    public async Task Import_UnknownDecisionWord_ReportsRowAndColumnAndAppliesNothing()
    {
        // Given a file whose facility row says « peut-être »
        var path = Path.Combine(_folder, "file.csv");
        await ReviewQueueFile.ExportAsync(_world.Warehouse, path, null, Ct);
        await FillAsync(path, "peut-être", "fatou.sarr");

        // When it is imported
        var result = await ReviewQueueFile.ImportAsync(_world.Warehouse, path, _time, Ct);

        // Then the error names row 2, column décision, and the link still waits
        var error = Assert.Single(result.Errors);
        Assert.Equal(2, error.Row);
        Assert.Equal("décision", error.Column);
        Assert.Equal(0, result.Applied);
        var link = (await _world.Warehouse.Crosswalk.ReadFacilityLinksAsync(SourceSystem.Ihris, Ct)).Single(l => l.SourceId == "loc-clinique");
        Assert.Equal(DecisionStatus.Review, link.Status);
    }

    [Fact]
    public async Task Import_LinkToAnUnknownRegistryCode_IsAnErrorInAutreCible()
    {
        // Given a facility row linked to a code the registry lacks
        var path = Path.Combine(_folder, "file.csv");
        await ReviewQueueFile.ExportAsync(_world.Warehouse, path, null, Ct);
        await FillAsync(path, "lier", "fatou.sarr", "KL-XX-999");

        // When it is imported
        var result = await ReviewQueueFile.ImportAsync(_world.Warehouse, path, _time, Ct);

        // Then the error names the column
        Assert.Contains(result.Errors, e => e.Row == 2 && e.Column == "autre_cible");
    }

    [Fact]
    public async Task Export_Xlsx_HasADropDownListOnTheDecisionColumn()
    {
        // When the queue is exported as XLSX
        var path = Path.Combine(_folder, "file.xlsx");
        await ReviewQueueFile.ExportAsync(_world.Warehouse, path, null, Ct);

        // Then the décision column carries a list validation
        using var book = new XLWorkbook(path);
        var sheet = book.Worksheet(1);
        Assert.Equal("décision", sheet.Cell(1, 11).GetString());
        Assert.Contains(sheet.DataValidations, v => v.AllowedValues == XLAllowedValues.List && v.Ranges.Any(r => r.RangeAddress.FirstAddress.ColumnNumber == 11));
    }

    [Fact]
    public async Task Import_Xlsx_AcceptDecision_IsStored()
    {
        // Given an XLSX queue where the facility pair is accepted
        var path = Path.Combine(_folder, "file.xlsx");
        await ReviewQueueFile.ExportAsync(_world.Warehouse, path, null, Ct);
        using (var book = new XLWorkbook(path))
        {
            var sheet = book.Worksheet(1);
            var row = sheet.RowsUsed().First(r => r.Cell(1).GetString() == "structure");
            row.Cell(11).Value = "accepter";
            row.Cell(13).Value = "moussa.ba";
            book.Save();
        }

        // When it is imported
        var result = await ReviewQueueFile.ImportAsync(_world.Warehouse, path, _time, Ct);

        // Then the pair is accepted by a person
        Assert.Empty(result.Errors);
        var link = (await _world.Warehouse.Crosswalk.ReadFacilityLinksAsync(SourceSystem.Ihris, Ct)).Single(l => l.SourceId == "loc-clinique");
        Assert.Equal(DecisionStatus.ManualAccepted, link.Status);
    }
}
