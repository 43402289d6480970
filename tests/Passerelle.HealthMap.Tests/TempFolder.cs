using System.Text;

namespace Passerelle.HealthMap.Tests;

/// <summary>A folder deleted at the end of the test, to write the messy files the tests read.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "passerelle-healthmap-" + Guid.NewGuid().ToString("N"));

    public static Encoding Windows1252
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252);
        }
    }

    public string Write(string name, byte[] content)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(file, content);
        return file;
    }

    public string WriteText(string name, string text, Encoding encoding, bool byteOrderMark = false)
    {
        var bytes = encoding.GetBytes(text);
        return Write(name, byteOrderMark ? [.. encoding.GetPreamble(), .. bytes] : bytes);
    }

    public string WriteUtf8(string name, string text, bool byteOrderMark = false) =>
        WriteText(name, text, new UTF8Encoding(byteOrderMark), byteOrderMark);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
