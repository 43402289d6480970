using System.Globalization;
using Passerelle.DemoWorld.Model;
using Passerelle.Emulators.Ihris.Worlds;

namespace Passerelle.Emulators.Ihris;

/// <summary>
/// The standalone iHRIS emulator behind <c>passerelle emulate ihris --port 8081 [--world demo|ihris-demo]</c>:
/// loads the world, starts, prints the base URL and runs until cancelled.
/// </summary>
public static class IhrisEmulatorRunner
{
    /// <param name="demoWorld">The generated world; required for <see cref="IhrisWorldKind.Demo"/>, ignored otherwise.</param>
    /// <param name="options">Port, paging, token and quirk settings (set <see cref="IhrisEmulatorOptions.Port"/> to e.g. 8081).</param>
    /// <param name="output">Where the French/English start-up lines go (the console).</param>
    public static async Task RunAsync(
        IhrisWorldKind world,
        DemoWorldModel? demoWorld,
        IhrisEmulatorOptions options,
        TextWriter output,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);

        var store = new IhrisFhirStore(options.TimeProvider);
        switch (world)
        {
            case IhrisWorldKind.IhrisDemo:
                IhrisDemoWorld.Load(store);
                break;
            case IhrisWorldKind.Demo:
                IhrisWorlds.LoadDemoWorld(store, demoWorld
                    ?? throw new ArgumentException("Le monde « demo » doit être fourni / the 'demo' world must be given.", nameof(demoWorld)), options.Quirks);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(world), world, null);
        }

        await using var running = await IhrisEmulator.StartAsync(store, options, cancellationToken);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Émulateur iHRIS 5 (FHIR R4) prêt / iHRIS 5 emulator ready: {running.FhirBaseUrl}"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"  Location: {store.Count("Location")}, Practitioner: {store.Count("Practitioner")}, PractitionerRole: {store.Count("PractitionerRole")}, CodeSystem: {store.Count("CodeSystem")}"));
        if (options.RequireToken)
        {
            await output.WriteLineAsync(
                $"  Jeton / token: POST {new Uri(running.RootUrl, "auth/token")} {{\"email\":\"{options.TokenEmail}\",\"password\":\"…\"}}");
        }

        await output.WriteLineAsync("  Ctrl+C pour arrêter / to stop.");
        await output.FlushAsync(cancellationToken);
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Normal stop.
        }
    }
}
