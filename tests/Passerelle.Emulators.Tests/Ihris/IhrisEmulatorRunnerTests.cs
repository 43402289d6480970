using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Passerelle.Emulators.Ihris;

namespace Passerelle.Emulators.Tests.Ihris;

public sealed class IhrisEmulatorRunnerTests
{
    [Fact]
    public async Task RunAsync_IhrisDemoWorld_PrintsABaseUrlThatServesFhirUntilCancelled()
    {
        // Given the runner started on a free port with the real iHRIS demo world
        using var cancel = new CancellationTokenSource();
        var output = new LineSignallingWriter();
        var run = IhrisEmulatorRunner.RunAsync(IhrisWorldKind.IhrisDemo, null, new IhrisEmulatorOptions(), output, cancel.Token);

        // When the printed base URL is queried
        var firstLine = await output.FirstLine.WaitAsync(TimeSpan.FromSeconds(60));
        var baseUrl = Regex.Match(firstLine, @"http://127\.0\.0\.1:\d+/fhir").Value;
        using var http = new HttpClient();
        var page = JsonNode.Parse(await http.GetStringAsync(baseUrl + "/Practitioner?_count=1"))!;

        // Then it serves the world, and the runner ends when cancelled
        Assert.Equal(1007, (int)page["total"]!);
        await cancel.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Theory]
    [InlineData("demo", IhrisWorldKind.Demo)]
    [InlineData("ihris-demo", IhrisWorldKind.IhrisDemo)]
    [InlineData(" IHRIS-DEMO ", IhrisWorldKind.IhrisDemo)]
    public void Parse_KnownWorld_ReturnsIt(string text, IhrisWorldKind expected) =>
        Assert.Equal(expected, IhrisWorldKinds.Parse(text));

    [Fact]
    public void Parse_UnknownWorld_NamesTheAcceptedValues()
    {
        var error = Assert.Throws<ArgumentException>(() => IhrisWorldKinds.Parse("dhis2"));

        Assert.Contains("demo, ihris-demo", error.Message, StringComparison.Ordinal);
    }

    private sealed class LineSignallingWriter : TextWriter
    {
        private readonly TaskCompletionSource<string> _firstLine = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<string> FirstLine => _firstLine.Task;

        public override Encoding Encoding => Encoding.UTF8;

        public override void WriteLine(string? value) => _firstLine.TrySetResult(value ?? string.Empty);

        public override Task WriteLineAsync(string? value)
        {
            WriteLine(value);
            return Task.CompletedTask;
        }
    }
}
