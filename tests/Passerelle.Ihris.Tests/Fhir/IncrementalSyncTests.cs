using System.Text.Json.Nodes;
using Passerelle.Ihris.Tests.Support;

namespace Passerelle.Ihris.Tests.Fhir;

/// <summary>
/// Incremental sync on the demo data plus the recorded history sample
/// (reference/ihris/data/synthetic/ihris5-hapi-history-since.json): P10014 edited, PR10021 ended, PR10026 deleted.
/// </summary>
public sealed class IncrementalSyncTests
{
    private static readonly DateTimeOffset Since = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ReadChangesAsync_AfterEdits_ReturnsOnlyChangedRoles()
    {
        // Given the demo data (never updated since it was loaded) and the edits of the history sample
        var source = IhrisReference.Source(ServerWithHistory());

        // When the changes since 1 January 2025 are read
        var changes = await source.ReadChangesAsync(Since, CancellationToken.None);

        // Then only the ended role and the role of the edited practitioner come back
        Assert.Equal(["PR10016", "PR10021"], changes.Changed.Select(r => r.RoleId).Order(StringComparer.Ordinal));
        var ended = Assert.Single(changes.Changed, r => r.RoleId == "PR10021");
        Assert.False(ended.Active);
        Assert.Equal(new DateOnly(2025, 1, 10), ended.End);
    }

    [Fact]
    public async Task ReadChangesAsync_RoleDeleted_ReturnsItsId()
    {
        // Given the history sample's DELETE of PractitionerRole/PR10026
        var source = IhrisReference.Source(ServerWithHistory());

        // When the changes are read
        var changes = await source.ReadChangesAsync(Since, CancellationToken.None);

        // Then PR10026 is reported deleted, and nothing else
        Assert.Equal(["PR10026"], changes.DeletedRoleIds);
    }

    [Fact]
    public async Task ReadChangesAsync_AfterEdits_MovesWatermarkToLatestChange()
    {
        // Given edits up to the deletion of 12 January 2025, 09:00
        var source = IhrisReference.Source(ServerWithHistory());

        // When the changes are read
        var changes = await source.ReadChangesAsync(Since, CancellationToken.None);

        // Then the next read starts from that instant
        Assert.Equal(new DateTimeOffset(2025, 1, 12, 9, 0, 0, TimeSpan.Zero), changes.NextWatermark);
    }

    [Fact]
    public async Task ReadChangesAsync_FromNewWatermark_ReturnsNoChangedRole()
    {
        // Given a first incremental read
        var server = ServerWithHistory();
        var first = await IhrisReference.Source(server).ReadChangesAsync(Since, CancellationToken.None);

        // When the next run reads from the watermark it returned
        var second = await IhrisReference.Source(server).ReadChangesAsync(first.NextWatermark.AddMinutes(1), CancellationToken.None);

        // Then nothing is changed or deleted any more
        Assert.Empty(second.Changed);
        Assert.Empty(second.DeletedRoleIds);
    }

    private static FakeFhirServer ServerWithHistory()
    {
        var server = IhrisReference.DemoServer();
        var history = JsonNode.Parse(File.ReadAllText(IhrisReference.Synthetic("ihris5-hapi-history-since.json")))!["entry"]!.AsArray();
        foreach (var entry in history)
        {
            server.AddHistory(entry!.AsObject());
            if (entry["resource"] is JsonObject resource)
            {
                server.Add(resource);
            }
        }

        return server;
    }
}
