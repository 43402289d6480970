using Passerelle.Core.Facilities;
using Passerelle.Core.Storage;
using Passerelle.Testing;

namespace Passerelle.Warehouse.Tests.Contract;

public abstract partial class WarehouseContractTests
{
    private const string Explanation = """{"name":0.62,"distance":0.21,"district":0.1}""";

    [ContractFact]
    public async Task ReadFacilityLinksAsync_AfterUpsert_RoundTripsAndFiltersBySource()
    {
        // Given links from two sources
        var toDhis2 = new FacilityLink("SN-001", SourceSystem.Dhis2, "ou123", 0.97, DecisionStatus.AutoAccepted, Explanation, "matcher", Start);
        var toIhris = new FacilityLink("SN-001", SourceSystem.Ihris, "loc-9", 0.71, DecisionStatus.Review, Explanation, "matcher", Start);

        // When they are upserted and read
        var outcome = await Warehouse.Crosswalk.UpsertFacilityLinksAsync([toDhis2, toIhris], Ct);

        // Then they round-trip
        Assert.Equal(new UpsertOutcome(2, 0), outcome);
        Assert.Equal([toDhis2, toIhris], await Warehouse.Crosswalk.ReadFacilityLinksAsync(null, Ct));
        Assert.Equal([toIhris], await Warehouse.Crosswalk.ReadFacilityLinksAsync(SourceSystem.Ihris, Ct));
    }

    [ContractFact]
    public async Task UpsertFacilityLinksAsync_AutomaticAfterHumanDecision_KeepsTheHumanDecision()
    {
        // Given a person accepted one pair and rejected another
        var accepted = new FacilityLink("SN-001", SourceSystem.Dhis2, "ou123", 0.64, DecisionStatus.ManualAccepted, Explanation, "awa.diop", Start);
        var rejected = new FacilityLink("SN-002", SourceSystem.Dhis2, "ou456", 0.88, DecisionStatus.ManualRejected, Explanation, "awa.diop", Start);
        await Warehouse.Crosswalk.UpsertFacilityLinksAsync([accepted, rejected], Ct);

        // When a later automatic run proposes otherwise for the same pairs, and another golden id for ou123
        var later = Start.AddDays(1);
        var outcome = await Warehouse.Crosswalk.UpsertFacilityLinksAsync(
        [
            accepted with { Status = DecisionStatus.Review, Score = 0.5, DecidedBy = "matcher", DecidedAt = later },
            rejected with { Status = DecisionStatus.AutoAccepted, Score = 0.99, DecidedBy = "matcher", DecidedAt = later },
            new FacilityLink("SN-003", SourceSystem.Dhis2, "ou123", 0.96, DecisionStatus.AutoAccepted, Explanation, "matcher", later),
        ], Ct);

        // Then nothing automatic is written and the human decisions stand
        Assert.Equal(new UpsertOutcome(0, 3), outcome);
        Assert.Equal([accepted, rejected], await Warehouse.Crosswalk.ReadFacilityLinksAsync(SourceSystem.Dhis2, Ct));
    }

    [ContractFact]
    public async Task UpsertFacilityLinksAsync_HundredsOfLinksInOneCall_RoundTripAndUpdateProposals()
    {
        // Given 150 automatic proposals
        var proposals = Enumerable.Range(0, 150).Select(i => new FacilityLink(
            $"SN-{i:D4}", SourceSystem.Dhis2, $"ou{i:D4}", 0.5 + (i / 1000.0), DecisionStatus.Review, Explanation, "matcher", Start)).ToList();
        await Warehouse.Crosswalk.UpsertFacilityLinksAsync(proposals, Ct);

        // When a later run accepts them all automatically
        var accepted = proposals.Select(p => p with { Status = DecisionStatus.AutoAccepted, Score = 0.97, DecidedAt = Start.AddDays(1) }).ToList();
        var outcome = await Warehouse.Crosswalk.UpsertFacilityLinksAsync(accepted, Ct);

        // Then every link is written and reads back as accepted, times included
        Assert.Equal(new UpsertOutcome(150, 0), outcome);
        Assert.Equal(accepted, await Warehouse.Crosswalk.ReadFacilityLinksAsync(SourceSystem.Dhis2, Ct));
    }

    [ContractFact]
    public async Task UpsertFacilityLinksAsync_MoreLinksThanOneStagedChunk_EveryLinkWrittenOrUpdatedInOrder()
    {
        // Given the first 5,000 links of a run already stored, one of them decided by a person
        var count = (2 * Passerelle.Warehouse.Database.DuckDbDatabase.StagedChunkRows) + 10;
        var links = Enumerable.Range(0, count).Select(i => new FacilityLink(
            $"SN-{i:D5}", SourceSystem.Ihris, $"loc{i:D5}", 0.6, DecisionStatus.Review, Explanation, "matcher", Start)).ToList();
        var decided = links[42] with { Status = DecisionStatus.ManualRejected, DecidedBy = "awa.diop", DecidedAt = Start.AddHours(1) };
        await Warehouse.Crosswalk.UpsertFacilityLinksAsync([.. links.Take(5_000), decided], Ct);

        // When a later run proposes all of them, accepted
        var later = links.Select(l => l with { Status = DecisionStatus.AutoAccepted, Score = 0.95, DecidedAt = Start.AddDays(1) }).ToList();
        var outcome = await Warehouse.Crosswalk.UpsertFacilityLinksAsync(later, Ct);

        // Then every link but the person's decision is written, across the chunks, and the decision stays
        Assert.Equal(new UpsertOutcome(count - 1, 1), outcome);
        var stored = await Warehouse.Crosswalk.ReadFacilityLinksAsync(SourceSystem.Ihris, Ct);
        Assert.Equal(count, stored.Count);
        Assert.Equal(decided, stored.Single(l => l.SourceId == decided.SourceId));
        Assert.Equal(later.Where(l => l.SourceId != decided.SourceId), stored.Where(l => l.SourceId != decided.SourceId));
    }

    [ContractFact]
    public async Task UpsertFacilityLinksAsync_SameKeyInTwoStatements_TheLastOneStays()
    {
        // Given more links than one statement writes, the last giving the first's key again with another score
        var links = Enumerable.Range(0, Passerelle.Warehouse.Stores.CrosswalkStore.LinksPerStatement + 5).Select(i => new FacilityLink(
            $"SN-{i:D5}", SourceSystem.Dhis2, $"ou{i:D5}", 0.8, DecisionStatus.AutoAccepted, Explanation, "matcher", Start)).ToList();
        links.Add(links[0] with { Score = 0.97, DecidedAt = Start.AddMinutes(5) });

        // When they are written
        await Warehouse.Crosswalk.UpsertFacilityLinksAsync(links, Ct);

        // Then the key is stored once, as the last link gave it
        var stored = await Warehouse.Crosswalk.ReadFacilityLinksAsync(SourceSystem.Dhis2, Ct);
        Assert.Equal(links.Count - 1, stored.Count);
        Assert.Equal(links[^1], stored.Single(l => l.SourceId == links[0].SourceId));
    }

    [ContractFact]
    public async Task UpsertFacilityLinksAsync_StoppedAfterTheFirstStatement_KeepsWhatItWrote()
    {
        // Given links that fail to come after one statement's worth was written
        var size = Passerelle.Warehouse.Stores.CrosswalkStore.LinksPerStatement;
        IEnumerable<FacilityLink> Links()
        {
            for (var i = 0; i < size; i++)
            {
                yield return new FacilityLink($"SN-{i:D5}", SourceSystem.Dhis2, $"ou{i:D5}", 0.8, DecisionStatus.AutoAccepted, Explanation, "matcher", Start);
            }

            throw new IOException("source coupée / source cut");
        }

        // When they are written
        await Assert.ThrowsAsync<IOException>(() => Warehouse.Crosswalk.UpsertFacilityLinksAsync(Links(), Ct));

        // Then the first statement's links stay: each statement commits on its own, so DuckDB never holds a continent's
        // links in one transaction (a next run writes them all again)
        var stored = await Warehouse.Crosswalk.ReadFacilityLinkTargetsAsync(SourceSystem.Dhis2, Ct);
        Assert.Equal(size, stored.Count);
    }

    [ContractFact]
    public async Task ReadFacilityLinkTargetsAsync_StoredLinks_SameLinksInTheSameOrderWithoutExplanations()
    {
        // Given links of two sources, one decided by a person
        FacilityLink[] links =
        [
            new("SN-002", SourceSystem.Ihris, "loc-2", 0.91, DecisionStatus.AutoAccepted, Explanation, "matcher", Start),
            new("SN-001", SourceSystem.Ihris, "loc-9", 0.62, DecisionStatus.ManualAccepted, Explanation, "awa.diop", Start),
            new("SN-001", SourceSystem.Ihris, "loc-2", 0.55, DecisionStatus.Review, Explanation, "matcher", Start),
            new("SN-003", SourceSystem.Dhis2, "ou-3", 0.99, DecisionStatus.AutoAccepted, Explanation, "matcher", Start),
        ];
        await Warehouse.Crosswalk.UpsertFacilityLinksAsync(links, Ct);

        // When the targets of one source are read
        var targets = await Warehouse.Crosswalk.ReadFacilityLinkTargetsAsync(SourceSystem.Ihris, Ct);

        // Then they are that source's links, in the order of the full read, each decision kept
        var full = await Warehouse.Crosswalk.ReadFacilityLinksAsync(SourceSystem.Ihris, Ct);
        Assert.Equal(full.Select(l => new FacilityLinkTarget(l.GoldenId, l.Source, l.SourceId, l.Score, l.Status)), targets);
        Assert.Equal(3, targets.Count);
    }

    [ContractFact]
    public async Task UpsertFacilityLinksAsync_HumanAfterAutomatic_ReplacesTheProposal()
    {
        // Given an automatic proposal in review
        var proposal = new FacilityLink("SN-001", SourceSystem.Ihris, "loc-9", 0.7, DecisionStatus.Review, Explanation, "matcher", Start);
        await Warehouse.Crosswalk.UpsertFacilityLinksAsync([proposal], Ct);
        var decision = proposal with { Status = DecisionStatus.ManualAccepted, DecidedBy = "moussa.ndiaye", DecidedAt = Start.AddHours(3) };

        // When a person decides
        var outcome = await Warehouse.Crosswalk.UpsertFacilityLinksAsync([decision], Ct);

        // Then the decision replaces the proposal
        Assert.Equal(new UpsertOutcome(1, 0), outcome);
        Assert.Equal([decision], await Warehouse.Crosswalk.ReadFacilityLinksAsync(SourceSystem.Ihris, Ct));
    }

    [ContractFact]
    public async Task UpsertCadreMappingsAsync_AutomaticAfterHumanDecision_KeepsTheHumanDecision()
    {
        // Given a person mapped a job to the midwife cadre, and a machine proposal for another job
        var human = new CadreMapping(SourceSystem.Ihris, "JOB-17", "Sage femme", "SFE", 0.55, DecisionStatus.ManualAccepted, "{}", "awa.diop", Start);
        var machine = new CadreMapping(SourceSystem.Ihris, "JOB-18", "Infirmier d'état", "IDE", 0.98, DecisionStatus.AutoAccepted, "{}", "cadre-mapper", Start);
        await Warehouse.Crosswalk.UpsertCadreMappingsAsync([human, machine], Ct);
        var later = Start.AddDays(1);

        // When a later automatic run proposes new cadres for both
        var outcome = await Warehouse.Crosswalk.UpsertCadreMappingsAsync(
        [
            human with { CadreCode = "MAT", Status = DecisionStatus.AutoAccepted, DecidedBy = "cadre-mapper", DecidedAt = later },
            machine with { CadreCode = "AI", Score = 0.8, Status = DecisionStatus.Review, DecidedAt = later },
        ], Ct);

        // Then the human mapping stands and the machine one is updated
        Assert.Equal(new UpsertOutcome(1, 1), outcome);
        Assert.Equal(
            [human, machine with { CadreCode = "AI", Score = 0.8, Status = DecisionStatus.Review, DecidedAt = later }],
            await Warehouse.Crosswalk.ReadCadreMappingsAsync(SourceSystem.Ihris, Ct));
    }
}
