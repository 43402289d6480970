using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Passerelle.Core.Privacy;
using Passerelle.Ihris.Fhir;
using Passerelle.Testing;

namespace Passerelle.Ihris.Tests.Support;

/// <summary>The iHRIS files of the reference pack and a ready-made FHIR source over a fake server.</summary>
internal static class IhrisReference
{
    public static readonly Pseudonymizer Pseudonymizer = new(Encoding.UTF8.GetBytes("test-key-for-ihris-reader-tests"));

    /// <summary>The day the tests run on, so "today" never moves.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    public static string File(params string[] parts) => RepositoryPaths.ReferenceFile(["ihris", "data", .. parts]);

    public static string Demo(string name) => File("ihris5-demo", name);

    public static string Terminology(string name) => File("ihris5-terminology", name);

    public static string Synthetic(string name) => File("synthetic", name);

    /// <summary>A server seeded with the real iHRIS 5 demo bundles and the job and cadre CodeSystems.</summary>
    public static FakeFhirServer DemoServer()
    {
        var server = new FakeFhirServer();
        foreach (var bundle in new[] { "bundle-Country.json", "bundle-Region.json", "bundle-District.json", "bundle-Facility.json", "bundle-Practitioner.json", "bundle-PractitionerRole.json" })
        {
            server.AddBundleFile(Demo(bundle));
        }

        server.AddFile(Terminology("CodeSystem-ihris-job.json"));
        server.AddFile(Terminology("CodeSystem-ihris-cadre.json"));
        return server;
    }

    public static IhrisFhirSource Source(
        FakeFhirServer server,
        IhrisFhirOptions? options = null,
        TimeProvider? time = null,
        Microsoft.Extensions.Logging.ILogger<IhrisFhirSource>? logger = null) =>
        new(
            FakeFhirServer.ClientFor(server),
            options ?? new IhrisFhirOptions { BaseUrl = new Uri(FakeFhirServer.Base), PageSize = 50, MaxRetries = 0 },
            Pseudonymizer,
            time ?? new FakeTimeProvider(Now),
            logger ?? NullLogger<IhrisFhirSource>.Instance);
}
