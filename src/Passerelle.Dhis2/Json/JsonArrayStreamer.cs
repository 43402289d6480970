using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Passerelle.Dhis2.Json;

/// <summary>
/// Streams the items of one array property of a top-level JSON object (e.g. <c>dataValues</c>) while the body
/// arrives, holding only a window of bytes in memory, so a national export never sits whole in memory.
/// </summary>
internal static class JsonArrayStreamer
{
    private const int InitialBufferSize = 64 * 1024;

    private enum Phase
    {
        SeekingProperty,
        ExpectingArray,
        InArray,
    }

    public static async IAsyncEnumerable<T> ReadAsync<T>(
        Stream stream, string propertyName, JsonSerializerOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var name = Encoding.UTF8.GetBytes(propertyName);
        var buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
        var items = new List<T>();
        var state = new JsonReaderState();
        var phase = Phase.SeekingProperty;
        var filled = 0;
        var final = false;
        try
        {
            while (!final || filled > 0)
            {
                if (!final)
                {
                    if (filled == buffer.Length)
                    {
                        buffer = Grow(buffer, filled); // One item larger than the window: widen it.
                    }

                    var read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken);
                    final = read == 0;
                    filled += read;
                }

                var consumed = ParseWindow(buffer.AsSpan(0, filled), final, name, options, ref state, ref phase, items);
                foreach (var item in items)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return item;
                }

                items.Clear();
                Buffer.BlockCopy(buffer, consumed, buffer, 0, filled - consumed);
                filled -= consumed;
                if (final && consumed == 0)
                {
                    break; // Trailing whitespace only.
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static int ParseWindow<T>(
        ReadOnlySpan<byte> window, bool final, byte[] name, JsonSerializerOptions options,
        ref JsonReaderState state, ref Phase phase, List<T> items)
    {
        var reader = new Utf8JsonReader(window, final, state);
        while (true)
        {
            var checkpoint = reader;
            if (!reader.Read())
            {
                break;
            }

            switch (phase)
            {
                case Phase.SeekingProperty:
                    if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals(name))
                    {
                        phase = Phase.ExpectingArray;
                    }

                    break;
                case Phase.ExpectingArray:
                    phase = reader.TokenType switch
                    {
                        JsonTokenType.StartArray => Phase.InArray,
                        JsonTokenType.Null => Phase.SeekingProperty,
                        _ => throw new JsonException($"« {Encoding.UTF8.GetString(name)} » n'est pas un tableau / is not an array"),
                    };
                    break;
                default:
                    if (reader.TokenType == JsonTokenType.EndArray)
                    {
                        phase = Phase.SeekingProperty;
                        break;
                    }

                    var start = (int)reader.TokenStartIndex;
                    if (!reader.TrySkip())
                    {
                        reader = checkpoint; // The item is not all here yet: wait for more bytes.
                        state = reader.CurrentState;
                        return (int)reader.BytesConsumed;
                    }

                    var end = (int)reader.BytesConsumed;
                    items.Add(JsonSerializer.Deserialize<T>(window[start..end], options)!);
                    break;
            }
        }

        state = reader.CurrentState;
        return (int)reader.BytesConsumed;
    }

    private static byte[] Grow(byte[] buffer, int filled)
    {
        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
        Buffer.BlockCopy(buffer, 0, larger, 0, filled);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}
