using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Passerelle.Core.Privacy;
using Passerelle.Ihris.Fhir;

namespace Passerelle.Ihris;

public static class IhrisServiceCollectionExtensions
{
    /// <summary>The HttpClient name the iHRIS 5 reader uses; add resilience handlers to it in the host.</summary>
    public const string FhirClientName = "passerelle-ihris-fhir";

    /// <summary>
    /// Registers <see cref="IWorkforceSource"/> (a new one per resolution: one per pull) for the configured
    /// iHRIS. The caller registers the <see cref="Pseudonymizer"/>, made with <c>Privacy.PseudonymKeyLoader</c>.
    /// </summary>
    public static IHttpClientBuilder AddPasserelleIhris(this IServiceCollection services, IhrisSourceOptions options)
    {
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new IhrisSourceException(string.Join(Environment.NewLine, errors));
        }

        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        var client = services.AddHttpClient(FhirClientName, http => http.Timeout = Timeout.InfiniteTimeSpan);
        if (options.Kind == IhrisSourceKind.Fhir && options.Fhir.Access == IhrisFhirAccess.Backend)
        {
            client.AddHttpMessageHandler(() => new IhrisTokenHandler(options.Fhir));
        }

        services.AddTransient<IWorkforceSource>(provider => WorkforceSourceFactory.Create(
            options,
            provider.GetRequiredService<Pseudonymizer>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILoggerFactory>(),
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(FhirClientName)));
        return client;
    }
}
