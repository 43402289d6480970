using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text.Json;

namespace Passerelle.Sync.Pipeline;

/// <summary>
/// Items seen one at a time, in any order (a database need not return rows in the same order twice): each item's JSON
/// (every public property) is hashed and 128 bits of it kept, to be sorted and added to a <see cref="Fingerprint"/>.
/// Memory: 16 bytes per item, whatever the item's size.
/// </summary>
public sealed class UnorderedDigest
{
    private readonly List<UInt128> _hashes = [];

    public void Add<T>(T item)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(item), digest);
        _hashes.Add(BinaryPrimitives.ReadUInt128LittleEndian(digest));
    }

    internal IReadOnlyList<UInt128> SortedHashes()
    {
        _hashes.Sort();
        return _hashes;
    }
}
