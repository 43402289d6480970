using System.Text;
using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;
using Passerelle.HealthMap.Registry;

namespace Passerelle.HealthMap.Tests.Registry;

public sealed class RegistryImporterCsvTests : IDisposable
{
    private const string FrenchHeader =
        "Code;Nom de la structure;Type;Statut juridique;Région;District sanitaire;Latitude;Longitude;Population desservie;Statut";

    private readonly TempFolder _folder = new();
    private readonly RegistryImporter _importer = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task CheckAsync_FrenchSemicolonLatin1File_LoadsEveryFacilityWithItsFields()
    {
        // Given: the ministry's Excel export, saved as CSV in Windows-1252 with decimal commas
        var file = _folder.WriteText("carte.csv", string.Join("\r\n",
            FrenchHeader,
            "SN-PS-001;Poste de santé de Pout;P.S.;Public;Thiès;Pout;14,7706;-17,0611;12 500;Fonctionnel",
            "SN-CS-002;Centre de santé de Khombole;CS2;Public;Thiès;Khombole;14,7667;-16,6967;45000;Ouvert",
            "SN-EPS-003;Hôpital régional de Thiès;Hôpital régional;Public;Thiès;Thiès;14,7910;-16,9359;;Fermé"), TempFolder.Windows1252);

        // When
        var result = await _importer.CheckAsync(file, CancellationToken.None);

        // Then
        Assert.True(result.IsUsable);
        Assert.Equal(3, result.RowsLoaded);
        var pout = result.Facilities[0];
        Assert.Equal(SourceSystem.HealthMap, pout.Facility.Source);
        Assert.Equal("SN-PS-001", pout.Facility.SourceId);
        Assert.Equal("SN-PS-001", pout.Facility.Code(FacilityCodeKinds.Registry));
        Assert.Equal("Poste de santé de Pout", pout.Facility.Name);
        Assert.Equal(FacilityType.PosteDeSante, pout.Facility.Type);
        Assert.Equal("Thiès", pout.Facility.Region);
        Assert.Equal("Pout", pout.Facility.District);
        Assert.Equal(new GeoPoint(14.7706, -17.0611), pout.Facility.Location);
        Assert.Equal(Ownership.Public, pout.Ownership);
        Assert.Equal(12_500, pout.CatchmentPopulation);
        Assert.Equal(FacilityOperationalStatus.Open, pout.Status);
        Assert.Equal(FacilityType.EpsNiveau2, result.Facilities[2].Facility.Type);
        Assert.Equal(FacilityOperationalStatus.Closed, result.Facilities[2].Status);
        Assert.Contains(result.Findings, f => f.Code == "HM-READING" && f.French.Contains("Windows-1252", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Findings, f => f.Severity == FindingSeverity.Warning);
    }

    [Theory]
    [InlineData(',', true)]
    [InlineData(',', false)]
    [InlineData('\t', true)]
    [InlineData(';', false)]
    public async Task CheckAsync_AnySeparatorWithOrWithoutBom_ReadsTheSameFacilities(char separator, bool byteOrderMark)
    {
        // Given
        var rows = new[]
        {
            new[] { "Code", "Nom de la structure", "Type", "Région", "District sanitaire", "Latitude", "Longitude" },
            ["SN-PS-001", "Poste de santé de Pout", "PS", "Thiès", "Pout", "14.7706", "-17.0611"],
            ["SN-CS-002", "Centre de santé de Mbour", "CS1", "Thiès", "Mbour", "14.4199", "-16.9636"],
        };
        var text = string.Join("\n", rows.Select(r => string.Join(separator, r)));
        var file = _folder.WriteUtf8("liste.csv", text, byteOrderMark);

        // When
        var result = await _importer.CheckAsync(file, CancellationToken.None);

        // Then
        Assert.Equal(["Poste de santé de Pout", "Centre de santé de Mbour"], result.Facilities.Select(f => f.Facility.Name));
        Assert.All(result.Facilities, f => Assert.NotNull(f.Facility.Location));
    }

    [Fact]
    public async Task CheckAsync_SwappedCoordinates_ReportsThemAndProposesTheFix()
    {
        // Given: latitude and longitude typed in each other's column
        var file = _folder.WriteUtf8("swapped.csv", FrenchHeader + "\nSN-PS-001;Poste de santé de Pout;PS;Public;Thiès;Pout;-17.0611;14.7706;;\n");

        // When
        var result = await _importer.CheckAsync(file, CancellationToken.None);

        // Then
        var facility = Assert.Single(result.Facilities);
        Assert.Null(facility.Facility.Location);
        Assert.Equal(new GeoPoint(14.7706, -17.0611), facility.ProposedLocation);
        var finding = Assert.Single(result.Findings, f => f.Code == "HM-COORD-SWAPPED");
        Assert.Equal(2, finding.Row);
        Assert.Equal("Latitude, Longitude", finding.Column);
        Assert.Contains("inversées", finding.French, StringComparison.Ordinal);
        Assert.Contains("swapped", finding.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "", "HM-COORD-MISSING")]
    [InlineData("0", "0", "HM-COORD-ZERO")]
    [InlineData("147706", "-170611", "HM-COORD-OUT-OF-RANGE")]
    [InlineData("48.8566", "2.3522", "HM-COORD-OUTSIDE")]
    [InlineData("14.7706", "17.0611", "HM-COORD-SIGN")]
    [InlineData("14.7706", "", "HM-COORD-PARTIAL")]
    public async Task CheckAsync_BadCoordinates_LoadsTheFacilityWithoutLocationAndSaysWhy(string latitude, string longitude, string code)
    {
        var file = _folder.WriteUtf8("coords.csv", FrenchHeader + $"\nSN-PS-001;Poste de santé de Pout;PS;Public;Thiès;Pout;{latitude};{longitude};;\n");

        var result = await _importer.CheckAsync(file, CancellationToken.None);

        Assert.Null(Assert.Single(result.Facilities).Facility.Location);
        Assert.Contains(result.Findings, f => f.Code == code && f.Row == 2);
    }

    [Fact]
    public async Task CheckAsync_DuplicateCode_QuarantinesTheSecondRowNamingTheFirst()
    {
        // Given
        var file = _folder.WriteUtf8("dup.csv", string.Join("\n",
            FrenchHeader,
            "SN-PS-001;Poste de santé de Pout;PS;Public;Thiès;Pout;14.7706;-17.0611;;",
            "SN-PS-001;Poste de santé de Keur Moussa;PS;Public;Thiès;Pout;14.78;-17.11;;"));

        // When
        var result = await _importer.CheckAsync(file, CancellationToken.None);

        // Then
        var quarantined = Assert.Single(result.Quarantine);
        Assert.Equal(3, quarantined.Row);
        Assert.Contains("ligne 2", quarantined.Reason, StringComparison.Ordinal);
        Assert.Contains(quarantined.Cells, c => c.Column == "Nom de la structure" && c.Value == "Poste de santé de Keur Moussa");
        Assert.Equal(2, result.RowsRead);
        Assert.True(result.IsBalanced);
    }

    [Fact]
    public async Task CheckAsync_SameNameAndDistrictUnderTwoCodes_WarnsOfAPossibleDuplicate()
    {
        var file = _folder.WriteUtf8("twins.csv", string.Join("\n",
            FrenchHeader,
            "SN-PS-001;Poste de santé de Pout;PS;Public;Thiès;Pout;14.7706;-17.0611;;",
            "SN-PS-099;POSTE DE SANTE DE POUT;PS;Public;Thiès;POUT;14.7706;-17.0611;;"));

        var result = await _importer.CheckAsync(file, CancellationToken.None);

        Assert.Equal(2, result.RowsLoaded);
        var finding = Assert.Single(result.Findings, f => f.Code == "HM-NAME-DUPLICATE");
        Assert.Equal(3, finding.Row);
        Assert.Contains("SN-PS-001", finding.French, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_MessyFile_AccountsForEveryRow()
    {
        // Given: a title line, blank lines, a row without name, one without code, a duplicate, a bad type
        var file = _folder.WriteUtf8("messy.csv", string.Join("\n",
            "Carte sanitaire — région de Thiès;;;;;;;;;",
            "",
            FrenchHeader,
            "SN-PS-001;Poste de santé de Pout;PS;Public;Thiès;Pout;14.7706;-17.0611;;",
            ";;;;;;;;;",
            "SN-PS-002;;PS;Public;Thiès;Pout;14.77;-17.06;;",
            ";Poste de santé sans code;PS;Public;Thiès;Pout;14.77;-17.06;;",
            "SN-PS-001;Poste de santé de Pout bis;PS;Public;Thiès;Pout;14.77;-17.06;;",
            "SN-XX-003;Structure inconnue;Dispensaire mobile;Public;Thiès;Pout;14.77;-17.06;;",
            ""));

        // When
        var result = await _importer.CheckAsync(file, CancellationToken.None);

        // Then
        Assert.Equal(5, result.RowsRead);
        Assert.Equal(2, result.RowsLoaded);
        Assert.Equal(3, result.RowsQuarantined);
        Assert.True(result.IsBalanced);
        Assert.Equal(3, result.Source.HeaderRow);
        Assert.Equal([6, 7, 8], result.Quarantine.Select(q => q.Row));
        Assert.Contains(result.Findings, f => f.Code == "HM-NAME-MISSING" && f.Row == 6 && f.Column == "Nom de la structure");
        Assert.Contains(result.Findings, f => f.Code == "HM-CODE-MISSING" && f.Row == 7 && f.Column == "Code");
        Assert.Contains(result.Findings, f => f.Code == "HM-TYPE-UNKNOWN" && f.Row == 9);
        Assert.Equal(FacilityType.Unknown, result.Facilities[1].Facility.Type);
    }

    [Theory]
    [InlineData("Code;Région;District\nSN-1;Thiès;Pout\n")]
    [InlineData("just some words\nwithout any table at all\n")]
    public async Task CheckAsync_NoNameColumn_RefusesTheFileAndProducesNothing(string text)
    {
        var file = _folder.WriteUtf8("wrong.csv", text);

        var result = await _importer.CheckAsync(file, CancellationToken.None);

        Assert.True(result.IsRefused);
        Assert.False(result.IsUsable);
        Assert.Empty(result.Facilities);
        Assert.Empty(result.Quarantine);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(FindingSeverity.Fatal, finding.Severity);
        Assert.Equal("HM-NO-NAME-COLUMN", finding.Code);
        Assert.Equal("wrong.csv", finding.File);
    }

    [Fact]
    public async Task CheckAsync_BinaryFile_IsRefusedAsNotATable()
    {
        var file = _folder.Write("photo.csv", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02, 0x00, 0x10]);

        var result = await _importer.CheckAsync(file, CancellationToken.None);

        Assert.True(result.IsRefused);
        Assert.Equal("HM-NOT-A-TABLE", Assert.Single(result.Findings).Code);
    }

    [Fact]
    public async Task CheckAsync_MissingFile_IsRefusedNamingThePath()
    {
        var path = Path.Combine(_folder.Path, "absent.csv");

        var result = await _importer.CheckAsync(path, CancellationToken.None);

        Assert.True(result.IsRefused);
        Assert.Contains("introuvable", Assert.Single(result.Findings).French, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_HeaderOnly_IsRefusedForLackOfRows()
    {
        var file = _folder.WriteUtf8("empty.csv", FrenchHeader + "\n\n");

        var result = await _importer.CheckAsync(file, CancellationToken.None);

        Assert.True(result.IsRefused);
        Assert.Contains(result.Findings, f => f.Code == "HM-NO-ROWS");
    }

    [Fact]
    public async Task CheckAsync_NoCodeColumn_DerivesAStableIdWithoutInventingARegistryCode()
    {
        var file = _folder.WriteUtf8("nocode.csv", "Nom de la structure,District sanitaire\nPoste de santé de Pout,Pout\n");

        var first = await _importer.CheckAsync(file, CancellationToken.None);
        var second = await _importer.CheckAsync(file, CancellationToken.None);

        var facility = Assert.Single(first.Facilities).Facility;
        Assert.StartsWith("HM-", facility.SourceId, StringComparison.Ordinal);
        Assert.Null(facility.Code(FacilityCodeKinds.Registry));
        Assert.Equal(facility.SourceId, second.Facilities[0].Facility.SourceId);
        Assert.Contains(first.Findings, f => f.Code == "HM-CODE-COLUMN-MISSING");
    }

    [Fact]
    public async Task CheckAsync_MixedEncodings_KeepsAccentsOfEveryLineAndWarns()
    {
        // Given
        byte[] bytes =
        [
            .. Encoding.UTF8.GetBytes(FrenchHeader + "\nSN-PS-001;Poste de santé de Pout;PS;Public;Thiès;Pout;14.7706;-17.0611;;\n"),
            .. TempFolder.Windows1252.GetBytes("SN-PS-002;Poste de santé de Diass;PS;Public;Thiès;Mbour;14.6667;-17.0667;;\n"),
        ];
        var file = _folder.Write("mixed.csv", bytes);

        // When
        var result = await _importer.CheckAsync(file, CancellationToken.None);

        // Then
        Assert.Equal("Poste de santé de Diass", result.Facilities[1].Facility.Name);
        Assert.Contains(result.Findings, f => f.Severity == FindingSeverity.Warning && f.Row == 3 && f.English.Contains("mixed encodings", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Thiès", "Pout", null)]
    [InlineData("RM Thiès", "DS Pout", null)]
    [InlineData("Thiès", "Poutt", "HM-DISTRICT-UNKNOWN")]
    [InlineData("Thiesse", "Pout", "HM-REGION-UNKNOWN")]
    public async Task CheckAsync_RegionOrDistrictNotInTheReferenceLists_WarnsToCheckTheSpelling(string region, string district, string? code)
    {
        var file = _folder.WriteUtf8("areas.csv", FrenchHeader + $"\nSN-PS-001;Poste de santé de Pout;PS;Public;{region};{district};14.7706;-17.0611;;\n");

        var result = await _importer.CheckAsync(file, CancellationToken.None);

        Assert.Single(result.Facilities);
        var areaFindings = result.Findings.Where(f => f.Code is "HM-DISTRICT-UNKNOWN" or "HM-REGION-UNKNOWN").Select(f => f.Code).ToList();
        Assert.Equal(code is null ? [] : [code], areaFindings);
    }
}
