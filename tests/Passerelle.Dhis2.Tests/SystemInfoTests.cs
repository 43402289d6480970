using Passerelle.Dhis2.Http;
using Passerelle.Dhis2.Tests.Support;

namespace Passerelle.Dhis2.Tests;

public sealed class SystemInfoTests
{
    [Theory]
    [InlineData("ade_v40_system_info.json", 40, "2.40.1-SNAPSHOT")]
    [InlineData("ade_v43_system_info.json", 43, "2.43-SNAPSHOT")]
    [InlineData("android_systeminfo_system_info.json", 41, "2.41.0")]
    public async Task ConnectAsync_RecordedSystemInfo_ReturnsVersion(string fixture, int minor, string text)
    {
        // Given a server answering with a recorded /api/system/info
        var handler = FakeDhis2Handler.Always(200, Fixtures.Body(fixture));
        var client = TestClients.Create(handler);

        // When
        var info = await client.ConnectAsync();

        // Then
        Assert.Equal(2, info.Version.Major);
        Assert.Equal(minor, info.Version.Minor);
        Assert.Equal(text, info.Version.Text);
        Assert.Equal("DHIS 2 Demo - Sierra Leone", info.SystemName);
        Assert.Equal("http://dhis2.test/api/system/info", handler.Requests.Single().Url.AbsoluteUri);
    }

    [Theory]
    [InlineData("ade_v40_system_info.json", "2023-05-18T08:04:13.329")]
    [InlineData("ade_v43_system_info.json", "2025-10-13T16:13:10.818")]
    public async Task GetSystemInfoAsync_RecordedSystemInfo_ReadsTheServerClockWithoutZone(string fixture, string serverDate)
    {
        // Given a recorded /api/system/info, whose serverDate carries no zone
        var client = TestClients.Create(FakeDhis2Handler.Always(200, Fixtures.Body(fixture)));

        // When
        var info = await client.GetSystemInfoAsync();

        // Then the server's clock is read as written, so it can be given back to lastUpdated unchanged
        Assert.Equal(DateTimeOffset.Parse(serverDate + "Z", System.Globalization.CultureInfo.InvariantCulture), info.ServerDate);
    }

    [Theory]
    [InlineData("2.37.9")]
    [InlineData("2.44-SNAPSHOT")]
    public async Task ConnectAsync_UnsupportedVersion_ThrowsWithVersionAndUrl(string version)
    {
        // Given a server of a version outside 2.38–2.43
        var client = TestClients.Create(FakeDhis2Handler.Always(200, $$"""{"version":"{{version}}","systemName":"x"}"""));

        // When
        var error = await Assert.ThrowsAsync<Dhis2Exception>(() => client.ConnectAsync());

        // Then
        Assert.Equal(Dhis2ErrorKind.UnsupportedVersion, error.Kind);
        Assert.Contains(version, error.Message, StringComparison.Ordinal);
        Assert.Contains("non prise en charge", error.Message, StringComparison.Ordinal);
        Assert.Contains("http://dhis2.test/api/system/info", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSystemInfoAsync_UnreadableVersion_ThrowsInvalidResponse()
    {
        var client = TestClients.Create(FakeDhis2Handler.Always(200, """{"version":"banana"}"""));

        var error = await Assert.ThrowsAsync<Dhis2Exception>(() => client.GetSystemInfoAsync());

        Assert.Equal(Dhis2ErrorKind.InvalidResponse, error.Kind);
    }
}
