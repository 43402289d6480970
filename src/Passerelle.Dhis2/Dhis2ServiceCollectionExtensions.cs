using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Passerelle.Dhis2.Configuration;
using Passerelle.Dhis2.Http;
using Polly;

namespace Passerelle.Dhis2;

/// <summary>Registers <see cref="Dhis2Client"/> with authentication and read resilience.</summary>
public static class Dhis2ServiceCollectionExtensions
{
    /// <summary>
    /// Adds the DHIS2 client. Reads (GET) are retried with exponential backoff and jitter and each attempt has
    /// <c>ReadTimeout</c>; imports (POST) are never retried and get <c>ImportTimeout</c>. Redirects are not followed
    /// (DHIS2 redirects bad credentials to its login page). Options are validated at start.
    /// </summary>
    /// <returns>The HTTP client builder, e.g. to replace the primary handler in tests.</returns>
    public static IHttpClientBuilder AddPasserelleDhis2(this IServiceCollection services, Action<Dhis2ClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<Dhis2ClientOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Dhis2ClientOptions>, Dhis2ClientOptionsValidator>());
        services.TryAddTransient<Dhis2AuthenticationHandler>();

        var builder = services
            .AddHttpClient<Dhis2Client>(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                ConnectTimeout = TimeSpan.FromSeconds(15),
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                AutomaticDecompression = System.Net.DecompressionMethods.All,
            })
            .AddHttpMessageHandler<Dhis2AuthenticationHandler>();
        builder.AddResilienceHandler("dhis2", (pipeline, context) =>
        {
            var settings = context.ServiceProvider.GetRequiredService<IOptions<Dhis2ClientOptions>>().Value;
            if (settings.ReadRetries > 0)
            {
                var retry = new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = settings.ReadRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = settings.ReadRetryBaseDelay,
                };
                retry.DisableForUnsafeHttpMethods(); // No blind retry of an import.
                pipeline.AddRetry(retry);
            }

            pipeline.AddTimeout(new HttpTimeoutStrategyOptions
            {
                TimeoutGenerator = args => ValueTask.FromResult(
                    args.Context.GetRequestMessage()?.Method == HttpMethod.Get ? settings.ReadTimeout : settings.ImportTimeout),
            });
        });
        return builder;
    }
}
