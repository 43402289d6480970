using Microsoft.Extensions.Logging;
using Passerelle.Core.Privacy;
using Passerelle.Ihris.Fhir;
using Passerelle.Ihris.Manage4;

namespace Passerelle.Ihris;

/// <summary>Builds the workforce source the configuration asks for.</summary>
public static class WorkforceSourceFactory
{
    /// <param name="fhirClient">
    /// Client for iHRIS 5 (from <c>IHttpClientFactory</c> in a host); when null, one is made with
    /// <see cref="CreateFhirClient"/> and lives as long as the process.
    /// </param>
    public static IWorkforceSource Create(
        IhrisSourceOptions options,
        Pseudonymizer pseudonymizer,
        TimeProvider time,
        ILoggerFactory loggerFactory,
        HttpClient? fhirClient = null)
    {
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new IhrisSourceException(string.Join(Environment.NewLine, errors));
        }

        return options.Kind switch
        {
            IhrisSourceKind.Manage4Sql => new HippoSqlSource(options.Manage4Sql, pseudonymizer, time, loggerFactory.CreateLogger<HippoSqlSource>()),
            IhrisSourceKind.Manage4CustomReport => new CustomReportCsvSource(options.CustomReport, pseudonymizer, time, loggerFactory.CreateLogger<CustomReportCsvSource>()),
            _ => new IhrisFhirSource(fhirClient ?? CreateFhirClient(options.Fhir), options.Fhir, pseudonymizer, time, loggerFactory.CreateLogger<IhrisFhirSource>()),
        };
    }

    /// <summary>An HTTP client for iHRIS 5, logging in through the backend when the access mode asks for it.</summary>
    public static HttpClient CreateFhirClient(IhrisFhirOptions options)
    {
        HttpMessageHandler handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (options.Access == IhrisFhirAccess.Backend)
        {
            handler = new IhrisTokenHandler(options) { InnerHandler = handler };
        }

        return new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }
}
