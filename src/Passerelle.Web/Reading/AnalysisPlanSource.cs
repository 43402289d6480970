using Microsoft.Extensions.Options;
using Passerelle.Sync.Configuration;
using Passerelle.Sync.Plan;
using Passerelle.Web.Hosting;

namespace Passerelle.Web.Reading;

/// <summary>
/// The analysis plan the pipeline used: the one <see cref="WebOptions.ConfigFile"/> names, else the shipped one.
/// The pages read which indicators measure workload and WISN, and their French and English names, from it.
/// </summary>
public sealed class AnalysisPlanSource
{
    private readonly Lazy<AnalysisPlan> _plan;

    public AnalysisPlanSource(IOptions<WebOptions> options, ILogger<AnalysisPlanSource> logger)
    {
        _plan = new Lazy<AnalysisPlan>(() => Load(options.Value.ConfigFile, logger));
    }

    public AnalysisPlan Plan => _plan.Value;

    private static AnalysisPlan Load(string? configFile, ILogger logger)
    {
        if (configFile is not { Length: > 0 })
        {
            return AnalysisPlanLoader.LoadShipped();
        }

        try
        {
            return ConfigLoader.Load(configFile).AnalysisPlan is { Length: > 0 } planFile ? AnalysisPlanLoader.Load(planFile) : AnalysisPlanLoader.LoadShipped();
        }
        catch (Exception e) when (e is ConfigurationException or AnalysisPlanException or IOException)
        {
            logger.LogWarning("Plan d'analyse illisible, plan livré utilisé / analysis plan unreadable, shipped plan used: {Reason}", e.Message);
            return AnalysisPlanLoader.LoadShipped();
        }
    }
}
