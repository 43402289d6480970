using Passerelle.Dhis2.Push;

namespace Passerelle.Dhis2.Tests.Push;

public sealed class RejectedValuesMessageTests
{
    private static DataValueImportConflict Conflict(string code, string reason, int values, string? target = "2026") =>
        new(target, null, reason, code, "period", [.. Enumerable.Range(10, values)]);

    [Fact]
    public void Describe_PartialImport_SaysPartialWithCountsAndValuesHit()
    {
        // Given 490 values sent, 10 imported, 480 refused by one merged conflict
        var conflicts = new[] { Conflict("E7643", "Period: `2026` is not open for this data set at this time", 480) };

        // When
        var message = RejectedValuesMessage.Describe(490, 10, 0, 480, conflicts);

        // Then it says « partial import » with every count, and counts the values hit, not the conflict lines
        Assert.StartsWith("Import partiel par DHIS2 / partial import by DHIS2: 490 envoyée(s) / sent, 10 importée(s) / imported", message, StringComparison.Ordinal);
        Assert.Contains("480 ignorée(s) / ignored", message, StringComparison.Ordinal);
        Assert.Contains("1 conflit(s) sur 480 valeur(s) / conflict(s) on 480 value(s)", message, StringComparison.Ordinal);
        Assert.Contains("E7643 ×480 [2026]: Period: `2026` is not open", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_NothingStored_SaysRefused()
    {
        var message = RejectedValuesMessage.Describe(3, 0, 0, 3, [Conflict("E7619", "Value must be a number", 3, "fbfJHSPpUQD")]);

        Assert.StartsWith("Import refusé par DHIS2 / import refused by DHIS2", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_ManyConflicts_ShowsFiveAndCountsTheRest()
    {
        var conflicts = Enumerable.Range(0, 8).Select(i => Conflict($"E76{i:00}", "reason " + i, 1)).ToList();

        var message = RejectedValuesMessage.Describe(20, 12, 0, 8, conflicts);

        Assert.Contains("E7604", message, StringComparison.Ordinal);
        Assert.DoesNotContain("E7605", message, StringComparison.Ordinal);
        Assert.EndsWith("… +3 conflit(s) / conflict(s)", message, StringComparison.Ordinal);
    }
}
