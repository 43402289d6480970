using Passerelle.HealthMap.Reading;

namespace Passerelle.HealthMap.Tests.Reading;

public sealed class DelimiterSnifferTests
{
    [Theory]
    [InlineData("Code;Nom;Latitude;Longitude\nA1;PS Pout;14,77;-17,06\nA2;PS Keur;14,70;-17,10\n", ';')]
    [InlineData("Code,Nom,Latitude,Longitude\nA1,PS Pout,14.77,-17.06\nA2,\"PS Keur, Thiès\",14.70,-17.10\n", ',')]
    [InlineData("Code\tNom\tLatitude\nA1\tPS Pout\t14.77\n", '\t')]
    [InlineData("Code|Nom|Latitude\nA1|PS Pout|14.77\n", '|')]
    [InlineData("Carte sanitaire, région de Thiès\nCode;Nom;Type\nA1;PS Pout;PS\nA2;PS Keur;PS\n", ';')]
    public void Sniff_CommonLayouts_FindsTheSeparator(string text, char expected)
    {
        Assert.Equal(expected, DelimiterSniffer.Sniff(text));
    }
}
