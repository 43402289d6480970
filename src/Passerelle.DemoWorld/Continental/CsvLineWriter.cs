using System.Globalization;
using System.Text;

namespace Passerelle.DemoWorld.Continental;

/// <summary>
/// Writes CSV lines straight to a buffered file, field by field, with nothing kept once written: what lets
/// 50 million lines go out in constant memory. Fields are quoted only when asked or when they need it.
/// </summary>
internal sealed class CsvLineWriter : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly char _separator;
    private readonly bool _quoteAll;
    private bool _lineStarted;

    public CsvLineWriter(string path, char separator, bool quoteAll, bool byteOrderMark)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        _writer = new StreamWriter(path, append: false, new UTF8Encoding(byteOrderMark), bufferSize: 1 << 20);
        _separator = separator;
        _quoteAll = quoteAll;
    }

    /// <summary>A line written as is (the markup lines around an iHRIS export).</summary>
    public void WriteRaw(string line)
    {
        _writer.Write(line);
        _writer.Write('\n');
    }

    public void Field(string? value)
    {
        Separate();
        value ??= string.Empty;
        if (_quoteAll || value.AsSpan().IndexOfAny(['"', _separator, '\n', '\r']) >= 0)
        {
            _writer.Write('"');
            _writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
            _writer.Write('"');
        }
        else
        {
            _writer.Write(value);
        }
    }

    /// <summary>An integer, formatted without allocating.</summary>
    public void Field(long value)
    {
        Separate();
        Span<char> digits = stackalloc char[20];
        value.TryFormat(digits, out var length, provider: CultureInfo.InvariantCulture);
        _writer.Write(digits[..length]);
    }

    public void EndLine()
    {
        _writer.Write('\n');
        _lineStarted = false;
    }

    public void Dispose() => _writer.Dispose();

    private void Separate()
    {
        if (_lineStarted)
        {
            _writer.Write(_separator);
        }

        _lineStarted = true;
    }
}
