using System.Globalization;
using System.Text;

namespace Passerelle.Dhis2.Tests.Support;

/// <summary>
/// A <c>/api/dataValueSets</c> body of <c>count</c> values generated on the fly (never held whole in memory),
/// counting the bytes handed out so a test can prove the reader does not read ahead unboundedly.
/// </summary>
internal sealed class GeneratedDataValueSetStream(int count) : Stream
{
    private static readonly byte[] Header = Encoding.UTF8.GetBytes("""{"dataSet":"BfMAe6Itzgt","dataValues":[""");
    private static readonly byte[] Footer = Encoding.UTF8.GetBytes("]}");

    private byte[] _pending = Header;
    private int _pendingOffset;
    private int _next;
    private bool _footerSent;

    public static int ItemLength { get; } = Item(0).Length;

    public static int HeaderLength => Header.Length;

    public long BytesHandedOut { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesHandedOut;
        set => throw new NotSupportedException();
    }

    public static string OrgUnit(int index) => "OU" + index.ToString("D9", CultureInfo.InvariantCulture);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length)
        {
            if (_pendingOffset == _pending.Length && !Advance())
            {
                break;
            }

            var length = Math.Min(buffer.Length - written, _pending.Length - _pendingOffset);
            _pending.AsSpan(_pendingOffset, length).CopyTo(buffer[written..]);
            _pendingOffset += length;
            written += length;
        }

        BytesHandedOut += written;
        return written;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer, offset, count));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private bool Advance()
    {
        if (_next < count)
        {
            _pending = Item(_next++);
        }
        else if (!_footerSent)
        {
            _footerSent = true;
            _pending = Footer;
        }
        else
        {
            return false;
        }

        _pendingOffset = 0;
        return true;
    }

    // Fixed-length items (9-digit org unit, 3-digit value); a leading space instead of a comma for the first one.
    private static byte[] Item(int index) => Encoding.UTF8.GetBytes(
        (index == 0 ? " " : ",")
        + $$"""{"dataElement":"g9eOBujte1U","period":"202401","orgUnit":"{{OrgUnit(index)}}","categoryOptionCombo":"HllvX50cXC0","attributeOptionCombo":"HllvX50cXC0","value":"{{(index % 1000).ToString("D3", CultureInfo.InvariantCulture)}}","storedBy":"passerelle","created":"2024-02-01T00:00:00.000+0000","lastUpdated":"2024-02-01T00:00:00.000+0000","comment":null,"followup":false}""");
}
