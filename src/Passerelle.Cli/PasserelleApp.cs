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
        });
        return app.RunAsync(args);
    }
}
