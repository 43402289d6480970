using Passerelle.DemoWorld.Reference;

namespace Passerelle.DemoWorld.Tests.Reference;

public sealed class SenegalReferenceTests
{
    [Fact]
    public void Instance_ReadsTheEmbeddedFiles()
    {
        var reference = SenegalReference.Instance;

        Assert.Equal(14, reference.Regions.Count);
        Assert.Equal(46, reference.Departments.Count);
        Assert.Equal(79, reference.Districts.Count);
        Assert.Equal(19_075_965, reference.Regions.Sum(r => r.Population2025));
        Assert.Equal(19_075_965, reference.Departments.Values.Sum(d => d.Population2025));
    }

    [Fact]
    public void Departments_ContainTheirLabelPoint()
    {
        Assert.All(SenegalReference.Instance.Departments.Values, d => Assert.True(d.Area.Contains(d.LabelPoint), d.Name));
    }

    [Fact]
    public void DistrictCodes_AreUniqueEvenWhenNamesStartAlike()
    {
        var codes = SenegalReference.Instance.Districts.ToDictionary(d => d.SourceName, d => d.Code);

        Assert.Equal(79, codes.Values.Distinct().Count());
        Assert.Equal("SN-TH-THIE", codes["THIES"]);
        Assert.Equal("SN-TH-THIA", codes["THIADIAYE"]);
        Assert.Equal("SN-KD-MYF", codes["MEDINA YORO FOULAH"]);
    }

    [Fact]
    public void DistrictNames_AreSpelledWithTheirAccents()
    {
        var names = SenegalReference.Instance.Districts.Select(d => d.Name).ToList();

        Assert.Contains("Kédougou", names);
        Assert.Contains("Thiès", names);
        Assert.Contains("Saint-Louis", names);
        Assert.Contains("Joal-Fadiouth", names);
    }
}
