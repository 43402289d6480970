using Passerelle.Core.Storage;
using Passerelle.Web.Reading;

namespace Passerelle.Web.Tests.Reading;

public sealed class SignalWordingTests
{
    [Theory]
    [InlineData("Distance", "within 1 km", "Distance", "à moins de 1 km")]
    [InlineData("Name", "nearly the same name (≥ 0.94)", "Nom", "nom presque identique (≥ 0,94)")]
    [InlineData("Hierarchy", "same district", "Région / district", "même district")]
    [InlineData("Codes", "a shared identifier differs", "Identifiants", "identifiant commun différent")]
    public void Of_StoredEnglishLevel_GivesTheFrenchWording(string signal, string level, string signalFrench, string levelFrench)
    {
        // Given a signal as the align stage stores it (level in English)
        // When it is worded for the page
        var wording = SignalWording.Of(signal, level, 1.5);

        // Then the French comes first, and the English stays alongside
        Assert.Equal((signalFrench, levelFrench), (wording.SignalFrench, wording.LevelFrench));
        Assert.Equal(level, wording.LevelEnglish);
    }

    [Fact]
    public void Of_MissingLevel_SaysSoInBothLanguages()
    {
        // Given a signal missing on one side
        // When it is worded
        var wording = SignalWording.Of("Distance", null, 0);

        // Then both languages say it is missing
        Assert.Equal(("non renseigné d'un côté", "missing on one side"), (wording.LevelFrench, wording.LevelEnglish));
    }
}

/// <summary>The match review and data-quality pages word every level in French first.</summary>
[Collection(WebCollection.Name)]
public sealed class FrenchLevelPagesTests(WebTestWarehouse warehouse) : IAsyncLifetime
{
    private readonly PasserelleFactory _factory = new(warehouse.NewCopy());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task MatchPage_SignalLevels_AreInFrenchAndInEnglishOnlyWhenAsked()
    {
        // Given a proposed match whose explanation carries a distance level
        var link = (await _factory.Warehouse.Crosswalk.ReadFacilityLinksAsync(null, CancellationToken.None))
            .First(l => l.ExplanationJson.Contains("\"signal\":\"Distance\",\"level\":\"within", StringComparison.Ordinal));
        var level = System.Text.RegularExpressions.Regex.Match(link.ExplanationJson, "\"signal\":\"Distance\",\"level\":\"([^\"]+)\"").Groups[1].Value;
        var french = Passerelle.Core.Matching.SignalLevels.Of(Passerelle.Core.Matching.MatchSignal.Distance).Single(l => l.English == level).French;
        var client = await _factory.SignedInAsync("viewer");
        var page = $"/matches/{link.Source}/{Uri.EscapeDataString(link.SourceId)}/{Uri.EscapeDataString(link.GoldenId)}";

        // When the match is opened in French, then in English
        var inFrench = await client.GetStringAsync(page);
        var inEnglish = await client.GetStringAsync(page + "?lang=en");

        // Then the level column says it in French first, and in English on the English page
        Assert.Contains($"<td class=\"level\">{french}</td>", inFrench, StringComparison.Ordinal);
        Assert.DoesNotContain($"<td class=\"level\">{level}</td>", inFrench, StringComparison.Ordinal);
        Assert.Contains($"<td class=\"level\">{level}</td>", inEnglish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QualityPage_AnalysisChecks_AreNamedInFrenchWithTheirCountryValue()
    {
        // Given the country's completeness as the analysis stored it
        var completeness = await _factory.Warehouse.Results
            .ReadIndicatorValuesAsync(new IndicatorQuery("PASS_DQ_COMPLETUDE", OrgLevel: OrgLevel.Country), CancellationToken.None).FirstAsync();
        var client = await _factory.SignedInAsync("viewer");

        // When the quality page is opened
        var html = await client.GetStringAsync("/quality");

        // Then the check is named in French and shows the stored value
        var start = html.IndexOf("data-check=\"PASS_DQ_COMPLETUDE\"", StringComparison.Ordinal);
        Assert.True(start > 0);
        var row = html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
        Assert.Contains("Complétude des rapports mensuels (%)", row, StringComparison.Ordinal);
        Assert.Contains(completeness.Value!.Value.ToString("N1", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")), row, StringComparison.Ordinal);
    }
}
