using System.Text;
using Passerelle.HealthMap.Reading;

namespace Passerelle.HealthMap.Tests.Reading;

public sealed class CsvTableReaderTests
{
    private const string Header = "code;nom;type;région\n";

    [Fact]
    public void Read_QuoteNeverClosed_KeepsEveryFollowingRowAndWarns()
    {
        // Given a quote opened on row 3 and never closed
        var csv = Header + "A1;Poste A;PS;Dakar\nA2;\"Poste B;PS;Dakar\nA3;Poste C;PS;Dakar\nA4;Poste D;PS;Dakar\n";

        // When the file is read
        var table = CsvTableReader.Read(Encoding.UTF8.GetBytes(csv));

        // Then no row is swallowed, and the line is named in a warning
        var rows = table.Rows.Where(r => r.Cells.Any(c => c.Length > 0)).ToList();
        Assert.Equal(["code", "A1", "A2", "A3", "A4"], rows.Select(r => r.Cells[0]));
        Assert.Equal("Poste B", rows[2].Cells[1]);
        Assert.Contains(table.Notes, n => n.IsWarning && n.Row == 3 && n.English.Contains("quote never closed", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_QuotedFieldOverTwoLines_StaysOneCell()
    {
        var csv = Header + "A1;\"Poste A\nannexe\";PS;Dakar\nA2;Poste B;PS;Dakar\n";

        var table = CsvTableReader.Read(Encoding.UTF8.GetBytes(csv));

        var rows = table.Rows.Where(r => r.Cells.Any(c => c.Length > 0)).ToList();
        Assert.Equal(["code", "A1", "A2"], rows.Select(r => r.Cells[0]));
        Assert.Equal("Poste A\nannexe", rows[1].Cells[1]);
        Assert.DoesNotContain(table.Notes, n => n.English.Contains("quote never closed", StringComparison.Ordinal));
    }
}
