using Passerelle.Cli.Commands;
using Passerelle.Cli.Commands.Match;
using Passerelle.Cli.Demo;
using Spectre.Console.Cli;

namespace Passerelle.Cli;

/// <summary>The <c>passerelle</c> command tree.</summary>
public static class PasserelleApp
{
    public static Task<int> RunAsync(string[] args)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("passerelle");
            if (Environment.GetEnvironmentVariable("PASSERELLE_DEBUG") == "1")
            {
                config.PropagateExceptions();
            }
            config.AddCommand<DemoCommand>("demo")
                .WithDescription("Démonstration de bout en bout sur des émulateurs / end-to-end demo on emulators");
            config.AddCommand<InitCommand>("init")
                .WithDescription("Écrire une configuration commentée / write a commented configuration");
            config.AddCommand<MatchCommand>("match")
                .WithDescription("Apparier deux listes de structures / match two facility lists (CSV)");
            config.AddBranch("plan", plan =>
            {
                plan.SetDescription("Plan d'analyse / analysis plan");
                plan.AddCommand<PlanCheckCommand>("check")
                    .WithDescription("Vérifier un plan d'analyse / check an analysis plan");
            });
        });
        return app.RunAsync(args);
    }
}
