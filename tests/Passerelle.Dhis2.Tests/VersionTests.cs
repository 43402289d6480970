using Passerelle.Dhis2.Model;

namespace Passerelle.Dhis2.Tests;

public sealed class VersionTests
{
    [Theory]
    [InlineData("2.40.1-SNAPSHOT", 2, 40, 1)]
    [InlineData("2.43-SNAPSHOT", 2, 43, null)]
    [InlineData("2.41.0", 2, 41, 0)]
    [InlineData("2.38.4.1", 2, 38, 4)]
    public void TryParse_ServerVersions_ReadsMajorMinorPatch(string text, int major, int minor, int? patch)
    {
        Assert.True(Dhis2Version.TryParse(text, out var version));
        Assert.Equal((major, minor, patch), (version!.Major, version.Minor, version.Patch));
    }

    [Theory]
    [InlineData("2.37.9", false)]
    [InlineData("2.38.0", true)]
    [InlineData("2.43.1", true)]
    [InlineData("2.44-SNAPSHOT", false)]
    public void IsSupported_Range238To243(string text, bool supported)
    {
        Dhis2Version.TryParse(text, out var version);

        Assert.Equal(supported, version!.IsSupported);
    }

    [Theory]
    [InlineData("")]
    [InlineData("two.forty")]
    [InlineData(null)]
    public void TryParse_Garbage_ReturnsFalse(string? text) => Assert.False(Dhis2Version.TryParse(text, out _));
}
