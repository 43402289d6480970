using System.Net;
using Passerelle.Core.Facilities;
using Passerelle.Core.Storage;

namespace Passerelle.Web.Tests.Review;

[Collection(WebCollection.Name)]
public sealed class MatchDecisionTests(WebTestWarehouse warehouse) : IAsyncLifetime
{
    private readonly PasserelleFactory _factory = new(warehouse.NewCopy());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task DecideMatch_ReviewerAccepts_LinkIsManualAcceptedAndAudited()
    {
        // Given a reviewer and a link waiting for review
        var client = await _factory.SignedInAsync("reviewer");
        var link = await FirstInReviewAsync();
        var page = $"/matches/{link.Source}/{Uri.EscapeDataString(link.SourceId)}/{Uri.EscapeDataString(link.GoldenId)}";
        var token = await PasserelleFactory.TokenAsync(client, page);

        // When the reviewer accepts it
        var response = await client.PostAsync("/actions/matches/decide", Form(link, "Accept", token));

        // Then the link is a person's decision, kept in the warehouse, and the audit log says who
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = (await _factory.Warehouse.Crosswalk.ReadFacilityLinksAsync(link.Source, CancellationToken.None))
            .Single(l => l.SourceId == link.SourceId && l.GoldenId == link.GoldenId);
        Assert.Equal((DecisionStatus.ManualAccepted, "reviewer"), (stored.Status, stored.DecidedBy));
        var audit = await _factory.Warehouse.Audit.ReadAsync(new AuditQuery(Action: "decision", Actor: "reviewer"), CancellationToken.None);
        Assert.Contains(audit, a => a.Event.ObjectId == $"{link.Source}:{link.SourceId}");
    }

    [Fact]
    public async Task DecideMatch_WithoutAntiforgeryToken_IsRejectedAndChangesNothing()
    {
        // Given a signed-in reviewer and a link waiting for review
        var client = await _factory.SignedInAsync("reviewer");
        var link = await FirstInReviewAsync();

        // When a decision is posted without the antiforgery token (as a forged cross-site form would)
        var response = await client.PostAsync("/actions/matches/decide", Form(link, "Reject", null));

        // Then it is refused and the link still waits for review
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var stored = (await _factory.Warehouse.Crosswalk.ReadFacilityLinksAsync(link.Source, CancellationToken.None))
            .Single(l => l.SourceId == link.SourceId && l.GoldenId == link.GoldenId);
        Assert.Equal(DecisionStatus.Review, stored.Status);
    }

    [Fact]
    public async Task DecideMatch_Viewer_IsForbiddenAndChangesNothing()
    {
        // Given a signed-in viewer with a valid token
        var client = await _factory.SignedInAsync("viewer");
        var link = await FirstInReviewAsync();
        var token = await PasserelleFactory.TokenAsync(client, "/");

        // When the viewer posts a decision
        var response = await client.PostAsync("/actions/matches/decide", Form(link, "Accept", token));

        // Then it is forbidden and nothing changed
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var stored = (await _factory.Warehouse.Crosswalk.ReadFacilityLinksAsync(link.Source, CancellationToken.None))
            .Single(l => l.SourceId == link.SourceId && l.GoldenId == link.GoldenId);
        Assert.Equal(DecisionStatus.Review, stored.Status);
    }

    private async Task<FacilityLink> FirstInReviewAsync()
    {
        var links = await _factory.Warehouse.Crosswalk.ReadFacilityLinksAsync(null, CancellationToken.None);
        // Each test takes a different link so they stay independent on the shared copy.
        var review = links.Where(l => l.Status == DecisionStatus.Review).ToList();
        Assert.NotEmpty(review);
        return review[Interlocked.Increment(ref _next) % review.Count];
    }

    private static int _next = -1;

    private static FormUrlEncodedContent Form(FacilityLink link, string verdict, string? token)
    {
        var fields = new Dictionary<string, string>
        {
            ["source"] = link.Source.ToString(),
            ["sourceId"] = link.SourceId,
            ["goldenId"] = link.GoldenId,
            ["verdict"] = verdict,
        };
        if (token is not null)
        {
            fields["__RequestVerificationToken"] = token;
        }

        return new FormUrlEncodedContent(fields);
    }
}
