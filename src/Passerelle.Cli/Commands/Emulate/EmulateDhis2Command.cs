using System.ComponentModel;
using Passerelle.DemoWorld;
using Passerelle.DemoWorld.Continental;
using Passerelle.DemoWorld.Model;
using Passerelle.Emulators.Dhis2;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Passerelle.Cli.Commands.Emulate;

/// <summary><c>passerelle emulate dhis2</c>: a standalone DHIS2 emulator on 127.0.0.1 until Ctrl+C.</summary>
internal sealed class EmulateDhis2Command : AsyncCommand<EmulateDhis2Command.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--port <PORT>")]
        [Description("Port sur 127.0.0.1 (0 = libre) / port on 127.0.0.1 (0 = any free)")]
        public int Port { get; init; } = 8080;

        [CommandOption("--version <VERSION>")]
        [Description("Comportement de version / version behaviour: 2.38 … 2.43")]
        public string Version { get; init; } = "2.40";

        [CommandOption("--world <WORLD>")]
        [Description("demo | sierra-leone | empty | continental")]
        public string World { get; init; } = "demo";

        [CommandOption("--workers <N>")]
        [Description("Monde continental : agents (structures N/10, valeurs 50 × N) / continental world: workers (facilities N/10, values 50 × N)")]
        public int Workers { get; init; } = ContinentalWorldOptions.Continental.Workers;

        public override ValidationResult Validate() => Workers is >= 10 and <= 2_000_000
            ? ValidationResult.Success()
            : ValidationResult.Error("--workers : de 10 à 2 000 000 / from 10 to 2,000,000");

        [CommandOption("--faults <FILE>")]
        [Description("Plan de pannes (JSON ou YAML) / fault plan")]
        public string? Faults { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var stop = CancelOnCtrlC(cancellationToken);
        await Dhis2StandaloneRunner.RunAsync(settings.Port, settings.Version, settings.World, settings.Faults,
            () => DemoWorldGenerator.Generate(DemoWorldOptions.Default), () => ContinentalWorld.Create(ContinentalWorldOptions.ForWorkers(settings.Workers)),
            System.Console.Out, stop.Token);
        return ExitCodes.Ok;
    }

    /// <summary>A token cancelled by Ctrl+C, SIGINT or SIGTERM (systemd, kill), so the emulator stops cleanly.</summary>
    internal static StopSignal CancelOnCtrlC(CancellationToken outer) => new(outer);

    internal sealed class StopSignal : IDisposable
    {
        private readonly CancellationTokenSource _source;
        private readonly System.Runtime.InteropServices.PosixSignalRegistration[] _registrations;

        public StopSignal(CancellationToken outer)
        {
            _source = CancellationTokenSource.CreateLinkedTokenSource(outer);
            _registrations =
            [
                System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, Stop),
                System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, Stop),
            ];
        }

        public CancellationToken Token => _source.Token;

        public void Dispose()
        {
            foreach (var registration in _registrations)
            {
                registration.Dispose();
            }

            _source.Dispose();
        }

        private void Stop(System.Runtime.InteropServices.PosixSignalContext context)
        {
            context.Cancel = true;
            _source.Cancel();
        }
    }
}
