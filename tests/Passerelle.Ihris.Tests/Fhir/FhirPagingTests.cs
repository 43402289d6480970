using Passerelle.Ihris.Fhir;
using Passerelle.Ihris.Tests.Support;

namespace Passerelle.Ihris.Tests.Fhir;

public sealed class FhirPagingTests
{
    [Fact]
    public async Task ReadRolesAsync_PagingLinkExpires_RestartsAndReturnsEachRoleOnce()
    {
        // Given a server whose role search expires after three pages (HAPI 410 Gone)
        var server = IhrisReference.DemoServer();
        var source = IhrisReference.Source(server);
        await source.ReadJobsAsync(CancellationToken.None);
        await source.ReadFacilitiesAsync(CancellationToken.None).ToListAsync();
        server.ExpireNextSearchAfter(3);

        // When every role is read
        var roles = await source.ReadRolesAsync(CancellationToken.None).ToListAsync();

        // Then the search restarted from the first page, and no role is lost or doubled
        Assert.Equal(2, server.Requests.Count(u => u.AbsolutePath.EndsWith("/PractitionerRole", StringComparison.Ordinal) && !u.Query.Contains("_getpages", StringComparison.Ordinal)));
        Assert.Equal(IhrisFhirSourceDemoTests.RawRoles().Count, roles.Count);
        Assert.Equal(roles.Count, roles.Select(r => r.RoleId).Distinct().Count());
    }

    [Fact]
    public async Task ReadRolesAsync_NextLinkOnForeignHost_IsReissuedOnConfiguredBase()
    {
        // Given a server whose next links point at http://localhost:8080/fhir, as HAPI's do behind iHRIS
        var server = IhrisReference.DemoServer();
        var source = IhrisReference.Source(server);

        // When every role is read
        await source.ReadRolesAsync(CancellationToken.None).ToListAsync();

        // Then every request went to the configured base, pages included
        Assert.All(server.Requests, uri => Assert.Equal("ihris.test", uri.Host));
        Assert.Contains(server.Requests, uri => uri.Query.Contains("_getpages", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadRolesAsync_PagingLinkKeepsExpiring_FailsWithUrlInMessage()
    {
        // Given a server whose every search expires after its first page
        var server = IhrisReference.DemoServer();
        var source = IhrisReference.Source(server, new IhrisFhirOptions { BaseUrl = new Uri(FakeFhirServer.Base), PageSize = 50, MaxSearchRestarts = 1 });
        await source.ReadJobsAsync(CancellationToken.None);
        await source.ReadFacilitiesAsync(CancellationToken.None).ToListAsync();
        server.Intercept = request => request.RequestUri!.Query.Contains("_getpages", StringComparison.Ordinal)
            ? FakeFhirServer.Json(System.Net.HttpStatusCode.Gone, FakeFhirServer.Outcome("expired"))
            : null;

        // When the roles are read
        var error = await Assert.ThrowsAsync<IhrisSourceException>(() => source.ReadRolesAsync(CancellationToken.None).ToListAsync().AsTask());

        // Then the error says, in French and English, that the paging link expired, and where
        Assert.Contains("expiré", error.Message, StringComparison.Ordinal);
        Assert.Contains("expired", error.Message, StringComparison.Ordinal);
        Assert.Contains("http://ihris.test/fhir/PractitionerRole?", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(IhrisFhirAccess.DirectHapi, "http://hapi.internal/hapi/fhir?_getpages=abc&_getpagesoffset=3&_count=3")]
    [InlineData(IhrisFhirAccess.Backend, "http://hapi.internal/hapi/fhir/PractitionerRole?_getpages=abc&_getpagesoffset=3&_count=3")]
    public void NextPage_HapiGetPagesLink_KeepsQueryOnOurBase(IhrisFhirAccess access, string expected)
    {
        // Given a HAPI next link on another host (ihris.md §2.1) and our base for each access mode
        var options = new IhrisFhirOptions { BaseUrl = new Uri("http://hapi.internal/hapi/fhir"), Access = access, Email = "x", Password = "y" };
        var search = new FhirSearch(null!, options, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        var bundle = new Hl7.Fhir.Model.Bundle();
        bundle.Link.Add(new Hl7.Fhir.Model.Bundle.LinkComponent { Relation = "next", Url = "http://localhost:8080/fhir?_getpages=abc&_getpagesoffset=3&_count=3" });

        // When the next page URL is worked out
        var next = search.NextPage(bundle, "PractitionerRole");

        // Then the query is kept and the host is ours
        Assert.Equal(expected, next!.AbsoluteUri);
    }
}
