using Passerelle.Core.Facilities;
using Passerelle.HealthMap.Mapping;
using Passerelle.HealthMap.Registry;

namespace Passerelle.HealthMap.Tests.Registry;

public sealed class FacilityTypeNormalizerTests
{
    [Theory]
    [InlineData("PS", FacilityType.PosteDeSante)]
    [InlineData("P.S.", FacilityType.PosteDeSante)]
    [InlineData("p.s", FacilityType.PosteDeSante)]
    [InlineData("Poste de Santé", FacilityType.PosteDeSante)]
    [InlineData("POSTE DE SANTE", FacilityType.PosteDeSante)]
    [InlineData("Poste de santé urbain", FacilityType.PosteDeSante)]
    [InlineData("Health post", FacilityType.PosteDeSante)]
    [InlineData("Case de santé", FacilityType.CaseDeSante)]
    [InlineData("CS1", FacilityType.CentreDeSanteType1)]
    [InlineData("CS type I", FacilityType.CentreDeSanteType1)]
    [InlineData("CS2", FacilityType.CentreDeSanteType2)]
    [InlineData("C.S. II", FacilityType.CentreDeSanteType2)]
    [InlineData("Centre de santé type 2", FacilityType.CentreDeSanteType2)]
    [InlineData("CS", FacilityType.CentreDeSanteType1)]
    [InlineData("Centre de santé de référence", FacilityType.CentreDeSanteType2)]
    [InlineData("EPS1", FacilityType.EpsNiveau1)]
    [InlineData("EPS niveau 1", FacilityType.EpsNiveau1)]
    [InlineData("Hôpital départemental", FacilityType.EpsNiveau1)]
    [InlineData("EPS2", FacilityType.EpsNiveau2)]
    [InlineData("Hôpital régional", FacilityType.EpsNiveau2)]
    [InlineData("Centre hospitalier régional de Kédougou", FacilityType.EpsNiveau2)]
    [InlineData("EPS 3", FacilityType.EpsNiveau3)]
    [InlineData("CHU", FacilityType.EpsNiveau3)]
    [InlineData("Clinique", FacilityType.PrivateFacility)]
    [InlineData("Clinique Pasteur", FacilityType.PrivateFacility)]
    [InlineData("Cabinet médical", FacilityType.PrivateFacility)]
    [InlineData("Pharmacie", FacilityType.Other)]
    public void Normalize_KnownLabel_GivesTheLevel(string label, FacilityType expected)
    {
        Assert.Equal(expected, FacilityTypeNormalizer.Normalize(label, ColumnMapping.Default)?.Type);
    }

    [Theory]
    [InlineData("CS")]
    [InlineData("Centre de santé de référence")]
    public void Normalize_LabelWithoutTheTypeNumber_SaysWhatItAssumed(string label)
    {
        Assert.NotNull(FacilityTypeNormalizer.Normalize(label, ColumnMapping.Default)?.AssumptionFrench);
    }

    [Fact]
    public void Normalize_Clinic_ImpliesPrivateOwnership()
    {
        Assert.Equal(Ownership.Private, FacilityTypeNormalizer.Normalize("Clinique", ColumnMapping.Default)?.ImpliedOwnership);
    }

    [Theory]
    [InlineData("Dispensaire mobile")]
    [InlineData("Hôpital")]
    [InlineData("")]
    public void Normalize_UnknownOrVagueLabel_GivesNull(string label)
    {
        Assert.Null(FacilityTypeNormalizer.Normalize(label, ColumnMapping.Default));
    }
}
