using System.ComponentModel;
using Passerelle.DemoWorld;
using Passerelle.DemoWorld.Model;
using Passerelle.Emulators.Ihris;
using Spectre.Console.Cli;

namespace Passerelle.Cli.Commands.Emulate;

/// <summary><c>passerelle emulate ihris</c>: a standalone iHRIS 5 FHIR emulator (base /fhir) until Ctrl+C.</summary>
internal sealed class EmulateIhrisCommand : AsyncCommand<EmulateIhrisCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--port <PORT>")]
        [Description("Port sur 127.0.0.1 (0 = libre) / port on 127.0.0.1 (0 = any free)")]
        public int Port { get; init; } = 8081;

        [CommandOption("--world <WORLD>")]
        [Description("demo | ihris-demo")]
        public string World { get; init; } = "demo";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var stop = EmulateDhis2Command.CancelOnCtrlC(cancellationToken);
        var kind = IhrisWorldKinds.Parse(settings.World);
        var demo = kind == IhrisWorldKind.Demo ? DemoWorldGenerator.Generate(DemoWorldOptions.Default) : null;
        await IhrisEmulatorRunner.RunAsync(kind, demo, new IhrisEmulatorOptions { Port = settings.Port }, System.Console.Out, stop.Token);
        return ExitCodes.Ok;
    }
}
