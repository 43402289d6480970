using Microsoft.Extensions.DependencyInjection;
using Passerelle.Dhis2;
using Passerelle.Dhis2.Model;
using Passerelle.Emulators.Dhis2;
using Passerelle.Sync.Analysis;
using Passerelle.Sync.Composition;
using Passerelle.Sync.Plan;
using Passerelle.Sync.Tests.Support;

namespace Passerelle.Sync.Tests.Pipeline;

/// <summary>The DHIS2 pull leaves the monthly volumes alone when they are unchanged, and still takes a change.</summary>
public sealed class ServiceVolumeFingerprintTests
{
    [Fact]
    public async Task Sync_ServiceValueChangedInDhis2AfterAnUnchangedRun_VolumeFollows()
    {
        // Given two syncs of the same world (the second finds the volumes unchanged)
        await using var world = await SyncWorld.StartAsync();
        var config = world.Config("volumes");
        await SyncWorld.SyncAsync(config);
        await SyncWorld.SyncAsync(config);

        // And then one service value raised by 100 in DHIS2
        var (codeOfUid, months) = world.ServiceElements();
        var value = world.Dhis2.Store.DataValues.First(v => !v.Deleted && codeOfUid.ContainsKey(v.Key.DataElement) && months.Contains(v.Key.Period)
            && double.TryParse(v.Value, System.Globalization.CultureInfo.InvariantCulture, out _));
        var code = codeOfUid[value.Key.DataElement];
        var before = await VolumeAsync(config, code, value.Key.Period, value.Key.OrgUnit);
        await using (var services = world.Dhis2Services())
        {
            var raised = (double.Parse(value.Value!, System.Globalization.CultureInfo.InvariantCulture) + 100).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await services.GetRequiredService<Dhis2Client>().ImportDataValueChunkAsync(
                [new Dhis2DataValue(value.Key.DataElement, value.Key.Period, value.Key.OrgUnit, value.Key.CategoryOptionCombo, value.Key.AttributeOptionCombo, raised)]);
        }

        // When the next sync runs
        await SyncWorld.SyncAsync(config);

        // Then that facility's volume for that month went up by 100
        Assert.NotNull(before);
        Assert.Equal(before + 100, await VolumeAsync(config, code, value.Key.Period, value.Key.OrgUnit));
    }

    private static async Task<double?> VolumeAsync(Passerelle.Sync.Configuration.PasserelleConfig config, string code, string month, string unit)
    {
        await using var session = await SyncSession.OpenAsync(config, demoMode: true, TimeProvider.System, null, CancellationToken.None);
        await foreach (var volume in session.Warehouse.Facts.ReadServiceVolumesAsync(month, CancellationToken.None))
        {
            if (volume.DataElementCode == code && volume.FacilityId == unit)
            {
                return volume.Value;
            }
        }

        return null;
    }
}
