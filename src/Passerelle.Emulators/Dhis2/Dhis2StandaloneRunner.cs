using Passerelle.DemoWorld.Continental;
using Passerelle.DemoWorld.Model;
using Passerelle.Emulators.Faults;

namespace Passerelle.Emulators.Dhis2;

/// <summary>
/// <c>passerelle emulate dhis2 --port 8080 [--version 2.40] [--world demo|sierra-leone|empty|continental] [--faults FILE]</c>:
/// starts the emulator, prints its URL and credentials, and runs until cancelled.
/// </summary>
public static class Dhis2StandaloneRunner
{
    /// <param name="port">Port on 127.0.0.1 (0 = any free port).</param>
    /// <param name="version">"2.38" … "2.43".</param>
    /// <param name="world">"demo", "sierra-leone", "empty" or "continental".</param>
    /// <param name="faultsFile">Optional fault plan (JSON or YAML).</param>
    /// <param name="demoWorld">Builds the demo world when <paramref name="world"/> is "demo".</param>
    /// <param name="continental">Builds the continental world when <paramref name="world"/> is "continental".</param>
    /// <param name="output">Where the URL and credentials are printed.</param>
    /// <param name="cancellationToken">Stops the server.</param>
    public static async Task RunAsync(
        int port,
        string version,
        string world,
        string? faultsFile,
        Func<DemoWorldModel>? demoWorld,
        Func<ContinentalWorld>? continental,
        TextWriter output,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var faults = faultsFile is null ? null : await FaultPlan.LoadAsync(faultsFile, cancellationToken).ConfigureAwait(false);
        var options = new Dhis2EmulatorOptions
        {
            Port = port,
            Version = version,
            World = Dhis2World.Named(world, demoWorld, continental),
            Faults = faults,
        };
        await using var emulator = await Dhis2Emulator.StartAsync(options, cancellationToken).ConfigureAwait(false);
        var user = options.Users[0];
        await output.WriteLineAsync($"Émulateur DHIS2 {emulator.Version} / DHIS2 emulator: {emulator.BaseUrl}api/").ConfigureAwait(false);
        await output.WriteLineAsync($"Monde / world: {world} · identifiants / credentials: {user.Username} / {user.Password}").ConfigureAwait(false);
        if (emulator.Store.ArchivedValueCount > 0)
        {
            await output.WriteLineAsync(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Valeurs archivées (lecture seule) / archived values (read-only): {emulator.Store.ArchivedValueCount}")).ConfigureAwait(false);
        }

        if (faults is not null)
        {
            await output.WriteLineAsync($"Pannes injectées / injected faults: {faults.Rules.Count} règle(s)/rule(s) ({faultsFile})").ConfigureAwait(false);
        }

        await output.WriteLineAsync("Ctrl+C pour arrêter / to stop.").ConfigureAwait(false);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Normal stop.
        }
    }
}
