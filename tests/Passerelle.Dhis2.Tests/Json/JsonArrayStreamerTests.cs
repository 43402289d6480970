using System.Text;
using Passerelle.Dhis2.Json;
using Passerelle.Dhis2.Model;
using Passerelle.Dhis2.Tests.Support;

namespace Passerelle.Dhis2.Tests.Json;

public sealed class JsonArrayStreamerTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(64)]
    [InlineData(100_000)]
    public async Task ReadAsync_AnyReadSize_YieldsEveryItem(int readSize)
    {
        var json = """{"dataSet":"x","dataValues":[{"dataElement":"a","period":"1","orgUnit":"o1","comment":null},{"dataElement":"b","period":"2","orgUnit":"o2"} , {"dataElement":"c","period":"3","orgUnit":"o3"}],"after":{"x":[1,2]}}""";
        using var stream = new TrickleStream(Encoding.UTF8.GetBytes(json), readSize);

        var items = await JsonArrayStreamer.ReadAsync<Dhis2DataValue>(stream, "dataValues", Dhis2Json.Options, CancellationToken.None).ToListAsync();

        Assert.Equal(["a", "b", "c"], items.Select(i => i.DataElement));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5000)]
    public async Task ReadAsync_GeneratedBody_YieldsEveryItem(int count)
    {
        using var stream = new GeneratedDataValueSetStream(count);

        var items = await JsonArrayStreamer.ReadAsync<Dhis2DataValue>(stream, "dataValues", Dhis2Json.Options, CancellationToken.None).ToListAsync();

        Assert.Equal(count, items.Count);
    }

    [Fact]
    public async Task ReadAsync_ItemLargerThanWindow_GrowsAndYieldsIt()
    {
        var comment = new string('c', 200_000);
        var json = $$"""{"dataValues":[{"dataElement":"a","period":"1","orgUnit":"o","comment":"{{comment}}"}]}""";
        using var stream = new TrickleStream(Encoding.UTF8.GetBytes(json), 4096);

        var item = Assert.Single(await JsonArrayStreamer.ReadAsync<Dhis2DataValue>(stream, "dataValues", Dhis2Json.Options, CancellationToken.None).ToListAsync());

        Assert.Equal(comment, item.Comment);
    }

    [Fact]
    public async Task ReadAsync_NoSuchProperty_YieldsNothing()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("""{"other":[{"a":1}]}"""));

        var items = await JsonArrayStreamer.ReadAsync<Dhis2DataValue>(stream, "dataValues", Dhis2Json.Options, CancellationToken.None).ToListAsync();

        Assert.Empty(items);
    }

    /// <summary>Returns at most <c>readSize</c> bytes per read, to cut the JSON at every possible place.</summary>
    private sealed class TrickleStream(byte[] data, int readSize) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, readSize));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, readSize)], cancellationToken);
    }
}
