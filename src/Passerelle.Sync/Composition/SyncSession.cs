using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Passerelle.Core.Storage;
using Passerelle.Dhis2;
using Passerelle.Ihris;
using Passerelle.Ihris.Fhir;
using Passerelle.Ihris.Privacy;
using Passerelle.Sync.Configuration;
using Passerelle.Warehouse;

namespace Passerelle.Sync.Composition;

/// <summary>
/// Everything one run needs, built from the configuration: the warehouse, the DHIS2 client and the
/// workforce source. Secrets are read here, from environment variables or key files, and never kept
/// anywhere else.
/// </summary>
public sealed class SyncSession : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly HttpClient? _ihrisHttp;

    private SyncSession(PasserelleConfig config, ServiceProvider services, IWarehouse warehouse, Dhis2Client dhis2, IWorkforceSource workforce, HttpClient? ihrisHttp, TimeProvider time, ILoggerFactory loggers)
    {
        Config = config;
        _services = services;
        Warehouse = warehouse;
        Dhis2 = dhis2;
        Workforce = workforce;
        _ihrisHttp = ihrisHttp;
        Time = time;
        Loggers = loggers;
    }

    public PasserelleConfig Config { get; }

    public IWarehouse Warehouse { get; }

    public Dhis2Client Dhis2 { get; }

    public IWorkforceSource Workforce { get; }

    public TimeProvider Time { get; }

    public ILoggerFactory Loggers { get; }

    /// <param name="demoMode">True only for <c>passerelle demo</c>: allows the fixed demo pseudonym key.</param>
    public static async Task<SyncSession> OpenAsync(PasserelleConfig config, bool demoMode, TimeProvider time, ILoggerFactory? loggers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(config);
        loggers ??= NullLoggerFactory.Instance;
        var password = SecretSource.Read(config.Dhis2.PasswordFile, "PASSERELLE_DHIS2_PASSWORD");
        var token = SecretSource.Read(config.Dhis2.TokenFile, "PASSERELLE_DHIS2_TOKEN");
        if (password is null && token is null)
        {
            throw new ConfigurationException("dhis2", ["dhis2: aucun secret / no secret — définissez / set PASSERELLE_DHIS2_PASSWORD ou / or PASSERELLE_DHIS2_TOKEN, ou / or dhis2.passwordFile / dhis2.tokenFile"]);
        }

        Core.Privacy.Pseudonymizer pseudonymizer;
        try
        {
            pseudonymizer = PseudonymKeyLoader.FromEnvironment(config.Privacy.PseudonymKeyFile, demoMode);
        }
        catch (IhrisSourceException e)
        {
            throw new ConfigurationException("privacy.pseudonymKeyFile", [e.Message]);
        }

        var services = new ServiceCollection();
        services.AddSingleton(loggers);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddPasserelleDhis2(o =>
        {
            o.BaseUrl = new Uri(config.Dhis2.Url.TrimEnd('/') + "/");
            o.Username = config.Dhis2.Username;
            o.Password = token is null ? password : null;
            o.PersonalAccessToken = token;
            o.ChunkSize = config.Dhis2.ChunkSize;
            o.ImportTimeout = TimeSpan.FromSeconds(config.Dhis2.TimeoutSeconds);
        });
        var provider = services.BuildServiceProvider();
        IWarehouse? warehouse = null;
        try
        {
            var dhis2 = provider.GetRequiredService<Dhis2Client>();
            warehouse = await WarehouseFactory.OpenAsync(config.Warehouse, time, cancellationToken);
            var (workforce, http) = CreateWorkforceSource(config, pseudonymizer, time, loggers);
            return new SyncSession(config, provider, warehouse, dhis2, workforce, http, time, loggers);
        }
        catch
        {
            if (warehouse is not null)
            {
                await warehouse.DisposeAsync();
            }

            await provider.DisposeAsync();
            throw;
        }
    }

    private static (IWorkforceSource Source, HttpClient? Http) CreateWorkforceSource(PasserelleConfig config, Core.Privacy.Pseudonymizer pseudonymizer, TimeProvider time, ILoggerFactory loggers)
    {
        var options = IhrisSourceConfiguration.Build(config.Ihris);
        var http = options.Kind == IhrisSourceKind.Fhir && options.Validate().Count == 0
            ? WorkforceSourceFactory.CreateFhirClient(options.Fhir)
            : null;
        try
        {
            return (WorkforceSourceFactory.Create(options, pseudonymizer, time, loggers, http), http);
        }
        catch (IhrisSourceException e)
        {
            http?.Dispose();
            throw new ConfigurationException("ihris", [e.Message]);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Warehouse.DisposeAsync();
        _ihrisHttp?.Dispose();
        await _services.DisposeAsync();
    }
}
