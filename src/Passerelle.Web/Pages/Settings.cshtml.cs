using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Passerelle.Sync.Configuration;
using Passerelle.Warehouse;
using Passerelle.Web.Hosting;

namespace Passerelle.Web.Pages;

public sealed class SettingsModel(IOptions<WebOptions> options) : PageModel
{
    public PasserelleConfig? Config { get; private set; }

    public string? ConfigError { get; private set; }

    public string WarehouseEngine { get; private set; } = "";

    public void OnGet()
    {
        // The engine only: a PostgreSQL connection string may carry a password.
        WarehouseEngine = WarehouseFactory.EngineOf(options.Value.Warehouse).ToString();
        if (options.Value.ConfigFile is { Length: > 0 } file)
        {
            try
            {
                Config = ConfigLoader.Load(file);
            }
            catch (ConfigurationException e)
            {
                ConfigError = e.Message;
            }
        }
    }
}
