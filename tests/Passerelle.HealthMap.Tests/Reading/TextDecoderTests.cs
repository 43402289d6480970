using System.Text;
using Passerelle.HealthMap.Reading;

namespace Passerelle.HealthMap.Tests.Reading;

public sealed class TextDecoderTests
{
    private const string French = "Région;District sanitaire\nKédougou;Médina Yoro Foulah\n";

    [Fact]
    public void Decode_Utf8WithByteOrderMark_DropsTheMarkAndNamesIt()
    {
        // Given
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(French)];

        // When
        var decoded = TextDecoder.Decode(bytes);

        // Then
        Assert.Equal(French, decoded.Text);
        Assert.Equal("UTF-8 (BOM)", decoded.EncodingName);
    }

    [Fact]
    public void Decode_Utf8WithoutByteOrderMark_ReadsAccents()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(French));

        Assert.Equal(French, decoded.Text);
        Assert.Equal("UTF-8", decoded.EncodingName);
    }

    [Fact]
    public void Decode_Windows1252_ReadsAccentsAndNamesTheEncoding()
    {
        var decoded = TextDecoder.Decode(TempFolder.Windows1252.GetBytes(French));

        Assert.Equal(French, decoded.Text);
        Assert.Equal("Windows-1252", decoded.EncodingName);
        Assert.False(decoded.IsMixed);
    }

    [Fact]
    public void Decode_MixedUtf8AndWindows1252Lines_DecodesEachLineAndListsTheLegacyOnes()
    {
        // Given: a UTF-8 header, then a line pasted from a Latin-1 file
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Région;Nom\n"), .. TempFolder.Windows1252.GetBytes("Thiès;Poste de santé de Pout\n")];

        // When
        var decoded = TextDecoder.Decode(bytes);

        // Then
        Assert.Equal("Région;Nom\nThiès;Poste de santé de Pout\n", decoded.Text);
        Assert.True(decoded.IsMixed);
        Assert.Equal([2], decoded.LegacyEncodedLines);
    }
}
