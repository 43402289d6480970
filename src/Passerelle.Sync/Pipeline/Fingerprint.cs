using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

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

    /// <summary>Adds a value as its JSON (every public property), so a field added to a record later counts without anyone listing it.</summary>
    public Fingerprint AddJson<T>(T value)
    {
        _hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(value));
        _hash.AppendData("\u001f"u8);
        return this;
    }

    /// <summary>Adds items whatever order they come in (see <see cref="UnorderedDigest"/>), then ends the record.</summary>
    public Fingerprint AddUnordered<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var digest = new UnorderedDigest();
        foreach (var item in items)
        {
            digest.Add(item);
        }

        return Add(digest);
    }

    /// <summary>Adds the items a digest saw, whatever order they came in, then ends the record.</summary>
    public Fingerprint Add(UnorderedDigest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        Span<byte> bytes = stackalloc byte[16];
        foreach (var hash in digest.SortedHashes())
        {
            BinaryPrimitives.WriteUInt128LittleEndian(bytes, hash);
            _hash.AppendData(bytes);
        }

        return EndRecord();
    }

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
