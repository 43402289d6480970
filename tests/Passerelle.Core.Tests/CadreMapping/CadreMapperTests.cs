using Passerelle.Core.CadreMapping;
using Passerelle.Core.Matching;

namespace Passerelle.Core.Tests.CadreMapping;

public sealed class CadreMapperTests
{
    private readonly CadreMapper _mapper = new();

    [Theory]
    [InlineData("Infirmier chef de poste", "IDE")]
    [InlineData("Infirmière d'État", "IDE")]
    [InlineData("ICP", "IDE")]
    [InlineData("Sage-femme principale", "SFE")]
    [InlineData("SAGE FEMME D'ETAT", "SFE")]
    [InlineData("Médecin chef de district", "MED")]
    [InlineData("Médecin généraliste", "MED")]
    [InlineData("Gynécologue", "MEDSPE")]
    [InlineData("Médecin gynécologue obstétricien", "MEDSPE")]
    [InlineData("Pédiatre", "MEDSPE")]
    [InlineData("Assistant infirmier", "AI")]
    [InlineData("Technicien supérieur en anesthésie", "TSS")]
    [InlineData("Technicien de laboratoire", "TSS")]
    [InlineData("Agent de santé communautaire", "ASC")]
    [InlineData("Matrone", "MAT")]
    [InlineData("Pharmacien", "PHA")]
    [InlineData("Secrétaire", "ADM")]
    [InlineData("Chauffeur", "ADM")]
    public void Propose_KnownTitle_MapsToCadreAutomatically(string title, string expectedCadre)
    {
        // When
        var proposal = _mapper.Propose(title);

        // Then
        Assert.Equal(expectedCadre, proposal.Cadre?.Code);
        Assert.Equal(MatchStatus.Matched, proposal.Status);
    }

    [Fact]
    public void Propose_AgentDeSante_ProposesAssistantNurseForReview()
    {
        // When
        var proposal = _mapper.Propose("Agent de santé");

        // Then
        Assert.Equal("AI", proposal.Cadre?.Code);
        Assert.Equal(MatchStatus.Review, proposal.Status);
    }

    [Fact]
    public void Propose_Typo_StillMapsWithLowerScore()
    {
        // When
        var exact = _mapper.Propose("Sage-femme");
        var typo = _mapper.Propose("Sage-feme");

        // Then
        Assert.Equal("SFE", typo.Cadre?.Code);
        Assert.True(typo.Score < exact.Score);
    }

    [Fact]
    public void Propose_UnrelatedTitle_Unmatched()
    {
        // When
        var proposal = _mapper.Propose("Stagiaire");

        // Then
        Assert.Null(proposal.Cadre);
        Assert.Equal(MatchStatus.Unmatched, proposal.Status);
    }

    [Fact]
    public void Propose_Mapped_CarriesIscoAndDhis2CategoryOptionCode()
    {
        // When
        var proposal = _mapper.Propose("Sage-femme d'État");

        // Then
        Assert.Equal("2222", proposal.Isco08);
        Assert.Equal("CADRE_SFE", proposal.CategoryOptionCode);
        Assert.Contains("sage-femme", proposal.French, StringComparison.Ordinal);
    }

    [Fact]
    public void Propose_PersonDecided_DecisionWinsOverRules()
    {
        // Given
        var decisions = new[] { new CadreDecision("agent de sante", "ASC") };

        // When
        var proposals = _mapper.Propose(["Agent de santé", "Infirmier"], decisions);

        // Then
        var decided = proposals.Single(p => p.JobTitle == "Agent de santé");
        Assert.Equal("ASC", decided.Cadre?.Code);
        Assert.True(decided.DecidedByPerson);
        Assert.Equal(MatchStatus.Matched, decided.Status);
    }

    [Fact]
    public void Propose_SameTitleWrittenTwice_ProposedOnce()
    {
        // When
        var proposals = _mapper.Propose(["Infirmier d'État", "INFIRMIER D'ETAT"]);

        // Then
        Assert.Single(proposals);
    }
}
