using Passerelle.HealthMap.Registry;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Passerelle.Cli.Commands.HealthMap;

/// <summary>
/// <c>passerelle healthmap check FILE [--mapping FILE]</c>: validates a Carte sanitaire facility list
/// without storing anything. Exit code 0 when the file can be imported, 1 when it cannot, 2 for a bad mapping.
/// </summary>
internal sealed class HealthMapCheckCommand : AsyncCommand<HealthMapFileSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, HealthMapFileSettings settings, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Console;
        if (ImportResultView.LoadMapping(console, settings.Mapping) is not { } mapping)
        {
            return 2;
        }

        var result = await new RegistryImporter(mapping).CheckAsync(settings.File, cancellationToken);
        ImportResultView.Render(console, result, settings.Details);
        return result.IsUsable ? 0 : 1;
    }
}
