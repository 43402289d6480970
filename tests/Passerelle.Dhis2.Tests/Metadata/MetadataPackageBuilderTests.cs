using System.Text.Json;
using Passerelle.Dhis2.Metadata;
using Passerelle.Dhis2.Metadata.Plan;
using Passerelle.Dhis2.Uids;
using Passerelle.Testing;

namespace Passerelle.Dhis2.Tests.Metadata;

public sealed class MetadataPackageBuilderTests
{
    private static readonly string GoldenPath =
        Path.Combine(RepositoryPaths.Root, "tests", "Passerelle.Dhis2.Tests", "Golden", "metadata-package.json");

    [Fact]
    public void Build_SamplePlan_MatchesGoldenFile()
    {
        // Given a small plan
        var plan = SamplePlan.Create();

        // When
        var json = Dhis2MetadataPackageBuilder.Build(plan).ToJson();

        // Then (set PASSERELLE_UPDATE_GOLDEN=1 to rewrite the file after a deliberate change, then review the diff)
        if (Environment.GetEnvironmentVariable("PASSERELLE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(GoldenPath, json);
        }

        Assert.Equal(File.ReadAllText(GoldenPath), json);
    }

    [Fact]
    public void Build_SamePlanTwice_GivesIdenticalDocuments()
    {
        Assert.Equal(Dhis2MetadataPackageBuilder.Build(SamplePlan.Create()).ToJson(),
            Dhis2MetadataPackageBuilder.Build(SamplePlan.Create()).ToJson());
    }

    [Fact]
    public void Build_SamplePlan_EveryIdIsAValidUidDerivedFromItsCode()
    {
        var package = Dhis2MetadataPackageBuilder.Build(SamplePlan.Create());

        var dataElement = package.DataElements.Single(d => d.Code == "PASS_DE_EFFECTIF");
        Assert.Equal(Dhis2Uid.FromCode("dataElement", "PASS_DE_EFFECTIF"), dataElement.Id);
        using var document = JsonDocument.Parse(package.ToJson());
        var ids = AllIds(document.RootElement).ToList();
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.True(Dhis2Uid.IsValid(id) || id.StartsWith("LEVEL-", StringComparison.Ordinal)
            || id is "THIS_YEAR" or "LAST_YEAR", $"not a UID: {id}"));
    }

    [Fact]
    public void Build_SamplePlan_ObjectsHaveTheRequiredFieldsAndEnglishTranslations()
    {
        var package = Dhis2MetadataPackageBuilder.Build(SamplePlan.Create());

        var element = package.DataElements.Single(d => d.Code == "PASS_DE_NORME");
        Assert.Equal("RH - Effectif requis par la norme", element.Name);
        Assert.Equal("AGGREGATE", element.DomainType);
        Assert.Equal("INTEGER_ZERO_OR_POSITIVE", element.ValueType);
        Assert.Equal("SUM", element.AggregationType);
        Assert.Equal(Dhis2MetadataPackageBuilder.DefaultCategoryComboId, element.CategoryCombo.Id);
        Assert.Contains(element.Translations, t => t is { Property: "NAME", Locale: "en", Value: "HR - Staff required by the norm" });
        var dataSet = package.DataSets.Single();
        Assert.Equal("Yearly", dataSet.PeriodType);
        Assert.All(dataSet.DataSetElements, e => Assert.Equal(dataSet.Id, e.DataSet.Id));
        Assert.Equal("Ressources humaines et carte sanitaire", package.Dashboards.Single().Name);
    }

    [Fact]
    public void Build_IndicatorExpressions_UseDataElementAndOptionUids()
    {
        var package = Dhis2MetadataPackageBuilder.Build(SamplePlan.Create());

        var indicator = package.Indicators.Single(i => i.Code == "PASS_IN_SFE_10000");
        var effectif = Dhis2Uid.FromCode("dataElement", "PASS_DE_EFFECTIF");
        var midwife = Dhis2Uid.FromCode("categoryOption", "PASS_CO_SFE");
        Assert.Equal($"#{{{effectif}.co:{midwife}}}", indicator.Numerator);
        Assert.Equal($"#{{{Dhis2Uid.FromCode("dataElement", "PASS_DE_POP")}}}", indicator.Denominator);
    }

    [Fact]
    public void Build_UnknownReferencesAndLongShortName_ThrowsListingEachProblem()
    {
        var plan = SamplePlan.Create() with
        {
            DataElements =
            [
                new DataElementSpec("PASS_DE_X", new("X", "X"), new(new string('x', 51), "X"),
                    Dhis2ValueType.Integer, Dhis2AggregationType.Sum, "NO_SUCH_COMBO"),
            ],
        };

        var error = Assert.Throws<Dhis2PublicationPlanException>(() => Dhis2MetadataPackageBuilder.Build(plan));

        Assert.Contains(error.Errors, e => e.Contains("NO_SUCH_COMBO", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("shortName", StringComparison.Ordinal) && e.Contains("PASS_DE_X", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("#{PASS_DE_EFFECTIF}", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_DuplicateCode_Throws()
    {
        var plan = SamplePlan.Create();
        plan = plan with { DataElements = [.. plan.DataElements, plan.DataElements[0]] };

        var error = Assert.Throws<Dhis2PublicationPlanException>(() => Dhis2MetadataPackageBuilder.Build(plan));

        Assert.Contains(error.Errors, e => e.Contains("PASS_DE_EFFECTIF", StringComparison.Ordinal) && e.Contains("duplicate", StringComparison.Ordinal));
    }

    private static IEnumerable<string> AllIds(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "id" && property.Value.ValueKind == JsonValueKind.String)
                {
                    yield return property.Value.GetString()!;
                }

                foreach (var id in AllIds(property.Value))
                {
                    yield return id;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var id in element.EnumerateArray().SelectMany(AllIds))
            {
                yield return id;
            }
        }
    }
}
