using Microsoft.Extensions.Time.Testing;
using Passerelle.Cli.Commands.Review;
using Passerelle.Core.Facilities;
using Passerelle.Core.Storage;
using Passerelle.Sync.Pipeline;
using Passerelle.Sync.Tests.Support;
using Spectre.Console.Testing;

namespace Passerelle.Cli.Tests.Review;

/// <summary>The terminal review, driven by keys on Spectre's test console over a staged warehouse.</summary>
public sealed class ReviewSessionTests : IAsyncLifetime
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private const string Explanation =
        """{"score":0.55,"flags":"None","fr":"Nom : proche (+2.0)","en":"Name: close (+2.0)","signals":[{"signal":"Name","level":"close","weight":2.0},{"signal":"Distance","level":"far","weight":-3.1}]}""";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2027, 1, 5, 8, 0, 0, TimeSpan.Zero));

    private readonly TestConsole _console = new();

    private StagedWorld _world = null!;

    public async Task InitializeAsync()
    {
        _console.Interactive();
        _console.Profile.Width = 200;
        _world = await StagedWorld.CreateAsync();
        await new AlignStage(_world.Warehouse, _time).RunAsync(Ct);
        await _world.Warehouse.Crosswalk.UpsertFacilityLinksAsync(
            [new FacilityLink("KL-PS-002", SourceSystem.Ihris, "loc-clinique", 0.55, DecisionStatus.Review, Explanation, AlignStage.MatcherName, _time.GetUtcNow())], Ct);
        await _world.Warehouse.Crosswalk.UpsertCadreMappingsAsync(
            [new CadreMapping(SourceSystem.Ihris, "J-ICP", "Infirmier chef de poste", "IDE", 0.7, DecisionStatus.Review, "{}", "passerelle-cadres", _time.GetUtcNow())], Ct);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private async Task<FacilityLink> LinkAsync(string golden) =>
        (await _world.Warehouse.Crosswalk.ReadFacilityLinksAsync(SourceSystem.Ihris, Ct)).Single(l => l.SourceId == "loc-clinique" && l.GoldenId == golden);

    [Fact]
    public async Task Facilities_ShowsBothRecordsTheSignalsAndTheDistance()
    {
        // Given the queue; when the reviewer skips the pair
        _console.Input.PushKey(ConsoleKey.DownArrow);
        _console.Input.PushKey(ConsoleKey.DownArrow);
        _console.Input.PushKey(ConsoleKey.DownArrow);
        _console.Input.PushKey(ConsoleKey.Enter);
        await new FacilityReviewSession(_console, _world.Warehouse, _time, "awa.diop").RunAsync(null, Ct);

        // Then both names, each signal's weight and the distance were shown
        Assert.Contains("Clinique privée Les Palmiers", _console.Output, StringComparison.Ordinal);
        Assert.Contains("Poste de santé de Latmingué", _console.Output, StringComparison.Ordinal);
        Assert.Contains("-3.1", _console.Output, StringComparison.Ordinal);
        Assert.Contains(" m", _console.Output, StringComparison.Ordinal);
        Assert.Equal(DecisionStatus.Review, (await LinkAsync("KL-PS-002")).Status);
    }

    [Fact]
    public async Task Facilities_Reject_IsStoredAsThePersonsAndAudited()
    {
        // When the reviewer rejects the pair (second choice)
        _console.Input.PushKey(ConsoleKey.DownArrow);
        _console.Input.PushKey(ConsoleKey.Enter);
        var decided = await new FacilityReviewSession(_console, _world.Warehouse, _time, "awa.diop").RunAsync(null, Ct);

        // Then the rejection is stored under her name and audited
        Assert.Equal(1, decided);
        var link = await LinkAsync("KL-PS-002");
        Assert.Equal(DecisionStatus.ManualRejected, link.Status);
        Assert.Equal("awa.diop", link.DecidedBy);
        var audit = await _world.Warehouse.Audit.ReadAsync(new AuditQuery(Action: "decision", Actor: "awa.diop"), Ct);
        Assert.Single(audit);
    }

    [Fact]
    public async Task Facilities_LinkAnother_RejectsTheProposalAndLinksTheTypedCode()
    {
        // When the reviewer links the clinic to another registry code
        _console.Input.PushKey(ConsoleKey.DownArrow);
        _console.Input.PushKey(ConsoleKey.DownArrow);
        _console.Input.PushKey(ConsoleKey.Enter);
        _console.Input.PushTextWithEnter("KL-PS-003");
        await new FacilityReviewSession(_console, _world.Warehouse, _time, "awa.diop").RunAsync(null, Ct);

        // Then the proposal is rejected and the typed code accepted, both by her
        Assert.Equal(DecisionStatus.ManualRejected, (await LinkAsync("KL-PS-002")).Status);
        Assert.Equal(DecisionStatus.ManualAccepted, (await LinkAsync("KL-PS-003")).Status);
    }

    [Fact]
    public async Task Cadres_Accept_StoresThePersonsMapping()
    {
        // When the reviewer accepts the proposed cadre
        _console.Input.PushKey(ConsoleKey.Enter);
        await new CadreReviewSession(_console, _world.Warehouse, _time, "moussa.ba").RunAsync(Ct);

        // Then the job maps to IDE by a person's decision
        var mapping = (await _world.Warehouse.Crosswalk.ReadCadreMappingsAsync(SourceSystem.Ihris, Ct)).Single(m => m.JobKey == "J-ICP");
        Assert.Equal(DecisionStatus.ManualAccepted, mapping.Status);
        Assert.Equal("moussa.ba", mapping.DecidedBy);
        Assert.Contains("Infirmier chef de poste", _console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cadres_ChooseAnother_MapsToTheChosenCadre()
    {
        // When the reviewer chooses another cadre: the third choice, then AI (fifth national cadre)
        _console.Input.PushKey(ConsoleKey.DownArrow);
        _console.Input.PushKey(ConsoleKey.DownArrow);
        _console.Input.PushKey(ConsoleKey.Enter);
        for (var i = 0; i < 4; i++)
        {
            _console.Input.PushKey(ConsoleKey.DownArrow);
        }

        _console.Input.PushKey(ConsoleKey.Enter);
        await new CadreReviewSession(_console, _world.Warehouse, _time, "moussa.ba").RunAsync(Ct);

        // Then the job maps to the chosen cadre
        var mapping = (await _world.Warehouse.Crosswalk.ReadCadreMappingsAsync(SourceSystem.Ihris, Ct)).Single(m => m.JobKey == "J-ICP");
        Assert.Equal(Core.Workforce.NationalCadres.All[4].Code, mapping.CadreCode);
        Assert.Equal(DecisionStatus.ManualAccepted, mapping.Status);
    }
}
