using Passerelle.Web.Hosting;

namespace Passerelle.Web;

/// <summary>
/// Runs the web app alone: <c>dotnet run --project src/Passerelle.Web -- --Passerelle:Warehouse=passerelle.duckdb</c>
/// (<c>passerelle serve</c> does the same from the CLI). Public for WebApplicationFactory.
/// </summary>
public sealed class Program
{
    private Program()
    {
    }

    public static async Task Main(string[] args)
    {
        var app = PasserelleWebApp.Create(args);
        await app.RunAsync();
    }
}
