using Passerelle.HealthMap.Registry;

namespace Passerelle.HealthMap.Tests.Registry;

/// <summary>
/// Cells that cannot be a coordinate, a head count or a name: the row goes to quarantine with its file, row,
/// column and reason (French and English), every other row loads, and no message repeats a runaway value.
/// </summary>
public sealed class RegistryImporterBadCellTests : IDisposable
{
    private const string FrenchHeader =
        "Code;Nom de la structure;Type;Statut juridique;Région;District sanitaire;Latitude;Longitude;Population desservie;Statut";

    private const string GoodRow = "SN-CS-002;Centre de santé de Khombole;CS2;Public;Thiès;Khombole;14.7667;-16.6967;45000;Ouvert";

    private readonly TempFolder _folder = new();
    private readonly RegistryImporter _importer = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("abc", "-17.0611", "Latitude")]
    [InlineData("14.7706", "dix-sept", "Longitude")]
    [InlineData("n/a", "?", "Latitude, Longitude")]
    public async Task CheckAsync_CoordinateNotANumber_QuarantinesTheRowNamingTheColumn(string latitude, string longitude, string column)
    {
        // Given a row whose coordinate is not a number, beside a good row
        var file = _folder.WriteUtf8("coords.csv", $"{FrenchHeader}\nSN-PS-001;Poste de santé de Pout;PS;Public;Thiès;Pout;{latitude};{longitude};12500;Ouvert\n{GoodRow}\n");

        // When
        var result = await _importer.CheckAsync(file, CancellationToken.None);

        // Then the row is quarantined with where and why, and the good row loads
        var quarantined = Assert.Single(result.Quarantine);
        Assert.Equal(2, quarantined.Row);
        var reason = Assert.Single(quarantined.Reasons);
        Assert.Equal(("coords.csv", "HM-COORD-NOT-NUMBER", column), (reason.File, reason.Code, reason.Column));
        Assert.Contains("Coordonnées illisibles", reason.French, StringComparison.Ordinal);
        Assert.Contains("unreadable coordinates", reason.English, StringComparison.Ordinal);
        Assert.Contains(quarantined.Cells, c => c.Column == "Latitude" && c.Value == latitude);
        Assert.Equal("SN-CS-002", Assert.Single(result.Facilities).Facility.SourceId);
        Assert.True(result.IsBalanced);
    }

    [Theory]
    [InlineData("beaucoup")]
    [InlineData("-40")]
    [InlineData("12500.5")]
    public async Task CheckAsync_PopulationNotAHeadCount_QuarantinesTheRow(string population)
    {
        // Given
        var file = _folder.WriteUtf8("population.csv", $"{FrenchHeader}\n{GoodRow}\nSN-PS-001;Poste de santé de Pout;PS;Public;Thiès;Pout;14.7706;-17.0611;{population};Ouvert\n");

        // When
        var result = await _importer.CheckAsync(file, CancellationToken.None);

        // Then
        var quarantined = Assert.Single(result.Quarantine);
        Assert.Equal(3, quarantined.Row);
        var reason = Assert.Single(quarantined.Reasons);
        Assert.Equal(("HM-POPULATION-INVALID", "Population desservie"), (reason.Code, reason.Column));
        Assert.Contains($"« {population} »", reason.French, StringComparison.Ordinal);
        Assert.Contains("row quarantined", reason.English, StringComparison.Ordinal);
        Assert.Equal(1, result.RowsLoaded);
        Assert.True(result.IsBalanced);
    }

    [Fact]
    public async Task CheckAsync_NameOfOneMegabyte_QuarantinesTheRowWithoutRepeatingTheName()
    {
        // Given a facility name of 1 MB (a broken export), beside a good row
        var name = new string('x', 1 << 20);
        var file = _folder.WriteUtf8("huge.csv", $"{FrenchHeader}\nSN-PS-001;{name};PS;Public;Thiès;Pout;14.7706;-17.0611;12500;Ouvert\n{GoodRow}\n");

        // When
        var result = await _importer.CheckAsync(file, CancellationToken.None);

        // Then the row is quarantined, its cell kept whole, and no finding carries more than a glimpse of it
        var quarantined = Assert.Single(result.Quarantine);
        var reason = Assert.Single(quarantined.Reasons);
        Assert.Equal(("HM-CELL-TOO-LONG", "Nom de la structure", 2), (reason.Code, reason.Column, reason.Row));
        Assert.Contains("au plus 230", reason.French, StringComparison.Ordinal);
        Assert.Contains("1,048,576 characters", reason.English, StringComparison.Ordinal);
        Assert.Equal(name, quarantined.Cells.Single(c => c.Column == "Nom de la structure").Value);
        Assert.All(result.Findings, f => Assert.True(f.French.Length + f.English.Length < 1000, f.Code));
        Assert.Single(result.Facilities);
        Assert.True(result.IsBalanced);
    }

    [Fact]
    public async Task CheckAsync_NameOfExactlyTheLimit_LoadsTheFacility()
    {
        // Given a name of 230 characters, DHIS2's limit
        var name = new string('n', 230);
        var file = _folder.WriteUtf8("limit.csv", $"{FrenchHeader}\nSN-PS-001;{name};PS;Public;Thiès;Pout;14.7706;-17.0611;12500;Ouvert\n");

        // When
        var result = await _importer.CheckAsync(file, CancellationToken.None);

        // Then
        Assert.Equal(name, Assert.Single(result.Facilities).Facility.Name);
        Assert.Empty(result.Quarantine);
    }

    [Fact]
    public async Task CheckAsync_UnknownTypeOfRunawayLength_RepeatsOnlyAGlimpseOfIt()
    {
        // Given a type cell of 5 000 characters
        var type = new string('t', 5000);
        var file = _folder.WriteUtf8("type.csv", $"{FrenchHeader}\nSN-PS-001;Poste de santé de Pout;{type};Public;Thiès;Pout;14.7706;-17.0611;12500;Ouvert\n");

        // When
        var result = await _importer.CheckAsync(file, CancellationToken.None);

        // Then
        Assert.Single(result.Quarantine);
        var unknown = Assert.Single(result.Findings, f => f.Code == "HM-TYPE-UNKNOWN");
        Assert.Contains("(5000 car.)", unknown.French, StringComparison.Ordinal);
        Assert.True(unknown.French.Length < 200);
    }
}
