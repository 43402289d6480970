using System.Text;
using Passerelle.Core.Privacy;

namespace Passerelle.Core.Tests.Privacy;

public sealed class PseudonymizerTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("une-clé-de-test-assez-longue");

    [Fact]
    public void Pseudonymize_SameInput_GivesSamePseudonym()
    {
        var first = new Pseudonymizer(Key).Pseudonymize("ihris", "Practitioner/123");
        var second = new Pseudonymizer(Key).Pseudonymize("ihris", "Practitioner/123");
        Assert.Equal(first, second);
        Assert.Equal(32, first.Length);
    }

    [Fact]
    public void Pseudonymize_OtherKey_GivesOtherPseudonym()
    {
        var other = Encoding.UTF8.GetBytes("another-key-of-enough-length");
        Assert.NotEqual(
            new Pseudonymizer(Key).Pseudonymize("ihris", "Practitioner/123"),
            new Pseudonymizer(other).Pseudonymize("ihris", "Practitioner/123"));
    }

    [Fact]
    public void Pseudonymize_DoesNotContainTheSourceId()
    {
        var pseudonym = new Pseudonymizer(Key).Pseudonymize("ihris", "1234567890123");
        Assert.DoesNotContain("1234567890123", pseudonym, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ShortKey_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new Pseudonymizer(new byte[8]));
        Assert.Contains("16", error.Message, StringComparison.Ordinal);
    }
}
