using Passerelle.Core.Facilities;
using Passerelle.Core.Matching;

namespace Passerelle.Core.Tests.Matching;

public sealed class FacilityNameNormalizerTests
{
    [Theory]
    [InlineData("Poste de santé de Keur Massar", "keur massar", FacilityTypeFamily.HealthPost)]
    [InlineData("PS Keur Massar", "keur massar", FacilityTypeFamily.HealthPost)]
    [InlineData("P.S. KEUR-MASSAR", "keur massar", FacilityTypeFamily.HealthPost)]
    [InlineData("Poste Santé Keur Massar", "keur massar", FacilityTypeFamily.HealthPost)]
    [InlineData("poste de sante de keur massar", "keur massar", FacilityTypeFamily.HealthPost)]
    [InlineData("Dispensaire de Keur Massar", "keur massar", FacilityTypeFamily.HealthPost)]
    [InlineData("Centre de santé de Mbour", "mbour", FacilityTypeFamily.HealthCentre)]
    [InlineData("CS Mbour", "mbour", FacilityTypeFamily.HealthCentre)]
    [InlineData("C.S. de Mbour", "mbour", FacilityTypeFamily.HealthCentre)]
    [InlineData("CSR Mbour", "mbour", FacilityTypeFamily.HealthCentre)]
    [InlineData("Centre de santé de référence de Mbour", "mbour", FacilityTypeFamily.HealthCentre)]
    [InlineData("EPS Thiès", "thies", FacilityTypeFamily.Hospital)]
    [InlineData("Hôpital régional de Thiès", "thies", FacilityTypeFamily.Hospital)]
    [InlineData("Centre hospitalier régional de Thiès", "thies", FacilityTypeFamily.Hospital)]
    [InlineData("HOPITAL DE THIES", "thies", FacilityTypeFamily.Hospital)]
    [InlineData("Case de santé de Ndiaganiao", "ndiaganiao", FacilityTypeFamily.HealthHut)]
    [InlineData("Case Santé Ndiaganiao", "ndiaganiao", FacilityTypeFamily.HealthHut)]
    [InlineData("C. de S. Ndiaganiao", "ndiaganiao", FacilityTypeFamily.HealthHut)]
    [InlineData("Cab. méd. Sambou", "sambou", FacilityTypeFamily.Private)]
    [InlineData("Poste de santé privé catholique de Keur Aliou", "catholique keur aliou", FacilityTypeFamily.HealthPost)]
    [InlineData("P.S. catholique Keur Aliou", "catholique keur aliou", FacilityTypeFamily.HealthPost)]
    [InlineData("Clinique Pasteur", "pasteur", FacilityTypeFamily.Private)]
    [InlineData("Poste de santé d'Ourossogui", "ourossogui", FacilityTypeFamily.HealthPost)]
    [InlineData("Poste de santé de l'Île à Morphil", "ile morphil", FacilityTypeFamily.HealthPost)]
    [InlineData("Poste de santé du Plateau", "plateau", FacilityTypeFamily.HealthPost)]
    [InlineData("Poste de santé des Parcelles Assainies", "parcelles assainies", FacilityTypeFamily.HealthPost)]
    [InlineData("Poste de santé de la Médina", "medina", FacilityTypeFamily.HealthPost)]
    [InlineData("PS St Louis Nord", "saint louis nord", FacilityTypeFamily.HealthPost)]
    [InlineData("Poste de Lipa Santé", "lipa", FacilityTypeFamily.HealthPost)]
    [InlineData("Œuvre Cœur de Marie", "oeuvre coeur marie", FacilityTypeFamily.Unknown)]
    [InlineData("Masuba MCHP", "masuba", FacilityTypeFamily.HealthPost)]
    [InlineData("Health Centre II", "2", FacilityTypeFamily.HealthCentre)]
    public void Normalize_FrenchVariant_GivesNameKeyAndTypeSignal(string name, string expectedKey, FacilityTypeFamily expectedFamily)
    {
        // When
        var normalized = FacilityNameNormalizer.Normalize(name);

        // Then
        Assert.Equal(expectedKey, normalized.Key);
        Assert.Equal(expectedFamily, normalized.TypeSignal.Family);
    }

    [Theory]
    [InlineData("CS2 Mbour", FacilityType.CentreDeSanteType2)]
    [InlineData("Centre de santé type 2 de Mbour", FacilityType.CentreDeSanteType2)]
    [InlineData("EPS niveau 3 Fann", FacilityType.EpsNiveau3)]
    [InlineData("CHU Fann", FacilityType.EpsNiveau3)]
    [InlineData("Hôpital régional de Kaolack", FacilityType.EpsNiveau2)]
    public void Normalize_LevelledType_KeepsExactTypeWhenSaid(string name, FacilityType expected)
    {
        // When
        var signal = FacilityNameNormalizer.Normalize(name).TypeSignal;

        // Then
        Assert.Equal(expected, signal.Exact);
    }

    [Fact]
    public void Normalize_NameMadeOnlyOfTypeWords_KeepsThemAsKey()
    {
        // When
        var normalized = FacilityNameNormalizer.Normalize("Referral Hospital");

        // Then
        Assert.True(normalized.IsTypeOnly);
        Assert.Equal("referral hospital", normalized.Key);
    }

    [Fact]
    public void Normalize_WordSwap_GivesSameSortedKey()
    {
        // When
        var a = FacilityNameNormalizer.Normalize("Poste de santé de Keur Massar Nord");
        var b = FacilityNameNormalizer.Normalize("PS Nord Keur Massar");

        // Then
        Assert.Equal(a.SortedKey, b.SortedKey);
    }

    [Theory]
    [InlineData("District sanitaire de Mbour", "mbour")]
    [InlineData("DS MBOUR", "mbour")]
    [InlineData("Région médicale de Thiès", "thies")]
    public void AdministrativeTokens_GenericWords_Dropped(string name, string expected)
    {
        // When
        var tokens = FacilityNameNormalizer.AdministrativeTokens(name);

        // Then
        Assert.Equal(expected, string.Join(' ', tokens));
    }
}
