using Passerelle.Core.Facilities;
using Passerelle.DemoWorld.Naming;
using Passerelle.DemoWorld.Randomness;

namespace Passerelle.DemoWorld.Tests.Naming;

public sealed class NameVariantsTests
{
    private static readonly FacilityName Poste = new("Poste de santé", "Ndiaffate");

    [Theory]
    [InlineData("Full", "Poste de santé de Ndiaffate")]
    [InlineData("Abbreviated", "PS Ndiaffate")]
    [InlineData("Dotted", "P.S. Ndiaffate")]
    [InlineData("AbbreviatedWithDe", "PS de Ndiaffate")]
    [InlineData("TitleCase", "Poste de Santé de Ndiaffate")]
    [InlineData("UpperNoAccents", "POSTE DE SANTE DE NDIAFFATE")]
    public void Render_EachStyle_WritesTheNameAsUsersDo(string style, string expected)
    {
        var labelStyle = Enum.Parse<LabelStyle>(style);

        Assert.Equal(expected, NameVariants.Render(Poste, FacilityType.PosteDeSante, labelStyle, SeededRandom.For(1, "test")));
    }

    [Fact]
    public void FacilityName_BeforeAVowel_ElidesDe()
    {
        Assert.Equal("Centre de santé d'Ourossogui", new FacilityName("Centre de santé", "Ourossogui").Full);
        Assert.Equal("Clinique Sokhna", new FacilityName("Clinique", "Sokhna", WithDe: false).Full);
    }

    [Fact]
    public void DropAccents_KeepsTheLetters()
    {
        Assert.Equal("Poste de sante de Thiedene Kedougou", NameVariants.DropAccents("Poste de santé de Thièdène Kédougou"));
    }

    [Fact]
    public void Typo_ChangesThePlaceByOneEdit()
    {
        for (var seed = 0; seed < 50; seed++)
        {
            var misspelt = NameVariants.Typo("PS Ndiaffate", "Ndiaffate", SeededRandom.For(seed, "typo"));

            Assert.StartsWith("PS ", misspelt, StringComparison.Ordinal);
            var distance = Generation.SystemViews.EditDistance(misspelt[3..], "Ndiaffate");
            Assert.InRange(distance, 0, 2);
        }
    }

    [Fact]
    public void PlaceNames_AreUniqueWithinWhatIsUsed()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var random = SeededRandom.For(3, "places");

        var names = Enumerable.Range(0, 500).Select(_ => PlaceNameGenerator.Next(random, NameFlavour.Pulaar, used)).ToList();

        Assert.Equal(500, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, n => Assert.True(char.IsUpper(n[0]), n));
    }
}
