using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Passerelle.Sync.Pipeline;

/// <summary>A SHA-256 over fields written one after another, separated so that ("ab","c") and ("a","bc") differ.</summary>
public sealed class Fingerprint : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _buffer = new byte[1024];

    public Fingerprint Add(string? text)
    {
        if (text is null)
        {
            _hash.AppendData("\u0000\u001f"u8);
            return this;
        }

        var bytes = Encoding.UTF8.GetMaxByteCount(text.Length) <= _buffer.Length ? _buffer : new byte[Encoding.UTF8.GetMaxByteCount(text.Length)];
        var length = Encoding.UTF8.GetBytes(text, bytes);
        _hash.AppendData(bytes, 0, length);
        _hash.AppendData("\u001f"u8);
        return this;
    }

    public Fingerprint Add(double? number) => Add(number?.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>Ends one record (a row).</summary>
    public Fingerprint EndRecord()
    {
        _hash.AppendData("\u001e"u8);
        return this;
    }

    /// <summary>The hash so far, in lower-case hexadecimal.</summary>
    public string Value() => Convert.ToHexStringLower(_hash.GetCurrentHash());

    public void Dispose() => _hash.Dispose();
}
