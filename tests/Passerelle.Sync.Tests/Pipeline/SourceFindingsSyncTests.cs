using Passerelle.Sync.Pipeline;
using Passerelle.Sync.Tests.Support;
using Passerelle.Warehouse;

namespace Passerelle.Sync.Tests.Pipeline;

/// <summary>What the sources showed is kept in the warehouse per run; the Carte sanitaire is read with the configured column mapping.</summary>
public sealed class SourceFindingsSyncTests
{
    [Fact]
    public async Task Sync_DemoWorldWithQuirks_StoresIhrisFindingsOfTheRunWithoutPersonalData()
    {
        // Given the demo world, whose iHRIS has roles without facility, unknown jobs and the like
        await using var world = await SyncWorld.StartAsync();
        var config = world.Config("findings");

        // When it is synced
        var (report, _) = await SyncWorld.SyncAsync(config);

        // Then the findings of the run are in the warehouse, as many as the summary counts, and none names a worker
        await using var warehouse = await WarehouseFactory.OpenAsync(config.Warehouse, TimeProvider.System, CancellationToken.None);
        var findings = await warehouse.Staging.ReadSourceFindingsAsync(report.RunId, CancellationToken.None);
        Assert.Equal(report.SourceFindings, findings.Count);
        Assert.Contains(findings, f => f.Source == IhrisPullStage.SourceName);
        Assert.All(findings, f => Assert.False(string.IsNullOrWhiteSpace(f.French) || string.IsNullOrWhiteSpace(f.English)));
        var names = world.World.Workers.SelectMany(w => new[] { w.FamilyName, w.NationalId, w.Phone }).ToHashSet();
        Assert.DoesNotContain(findings, f => names.Any(n => f.Where.Contains(n, StringComparison.Ordinal) || f.French.Contains(n, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Sync_RegistryWithOtherHeadersAndMapping_ReadsItThroughTheMapping()
    {
        // Given the Carte sanitaire with headers Passerelle does not know, and a mapping naming them
        await using var world = await SyncWorld.StartAsync();
        var lines = await File.ReadAllLinesAsync(world.RegistryFile);
        lines[0] = lines[0].Replace("Nom de la structure", "Libellé MSAS", StringComparison.Ordinal)
            .Replace("District sanitaire", "Zone de responsabilité", StringComparison.Ordinal)
            .Replace("Code", "Identifiant MSAS", StringComparison.Ordinal);
        var renamed = Path.Combine(world.Folder.FullName, "fosa.csv");
        await File.WriteAllLinesAsync(renamed, lines, new System.Text.UTF8Encoding(true));
        var mapping = Path.Combine(world.Folder.FullName, "colonnes.yaml");
        await File.WriteAllTextAsync(mapping, "columns:\n  code: [Identifiant MSAS]\n  name: [Libellé MSAS]\n  district: [Zone de responsabilité]\n");
        var config = world.Config("mapping");
        config.HealthMap.Facilities = renamed;
        config.HealthMap.Mapping = mapping;

        // When it is synced
        var (report, _) = await SyncWorld.SyncAsync(config);

        // Then every registry facility of the region was read, with its code and district
        await using var warehouse = await WarehouseFactory.OpenAsync(config.Warehouse, TimeProvider.System, CancellationToken.None);
        var registry = await warehouse.Staging.ReadRegistryFacilitiesAsync(CancellationToken.None);
        Assert.Equal(report.Stages[RegistryStage.Name].Written, registry.Count);
        Assert.True(registry.Count > 0.9 * world.World.Registry.Count);
        Assert.All(registry, f => Assert.False(string.IsNullOrEmpty(f.Code)));
        Assert.True(registry.Count(f => f.District is not null) > 0.9 * registry.Count);
    }
}
