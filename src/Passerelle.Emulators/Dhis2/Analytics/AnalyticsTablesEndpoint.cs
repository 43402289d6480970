using Passerelle.Emulators.Dhis2.Api;
using Passerelle.Emulators.Dhis2.Security;

namespace Passerelle.Emulators.Dhis2.Analytics;

/// <summary>
/// <c>POST /api/resourceTables/analytics</c>: starts an analytics table run (job <c>ANALYTICS_TABLE</c>, needs
/// <c>F_PERFORM_MAINTENANCE</c>). The emulator captures the stored values at that moment; with
/// <see cref="Dhis2EmulatorOptions.AnalyticsFromTables"/> analytics answer from that capture only, as real DHIS2 does.
/// </summary>
internal static class AnalyticsTablesEndpoint
{
    public static Task StartAsync(Dhis2Request request)
    {
        Dhis2Authorities.Require(request.User, Dhis2Authorities.PerformMaintenance);
        lock (request.Store.Gate)
        {
            request.Store.CaptureAnalyticsTables(request.Now);
        }

        return request.WriteAsync(200, request.State.Jobs.Start(request, "ANALYTICS_TABLE", "inMemoryAnalyticsJob", null));
    }
}
