using Passerelle.Cli.Commands;
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
            config.AddCommand<InitCommand>("init")
                .WithDescription("Écrire une configuration commentée / write a commented configuration");
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
