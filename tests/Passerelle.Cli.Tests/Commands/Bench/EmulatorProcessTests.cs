using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Passerelle.Cli.Commands.Bench;

namespace Passerelle.Cli.Tests.Commands.Bench;

/// <summary>The continental bench's DHIS2 emulator in a process of its own: started, answering, stopped.</summary>
public sealed class EmulatorProcessTests
{
    private static readonly string Host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";

    private static readonly string[] Passerelle = [typeof(PasserelleApp).Assembly.Location];

    [Fact]
    public async Task StartDhis2Async_ContinentalWorld_AnswersWithItsArchiveAndStopsOnDispose()
    {
        // Given a continental DHIS2 of 100 workers (10 facilities, 5,000 values) started in a process of its own
        var emulator = await EmulatorProcess.StartDhis2Async(Host, Passerelle, ["--world", "continental", "--workers", "100"], TimeSpan.FromMinutes(2), CancellationToken.None);
        int id;
        try
        {
            // When its API is asked who it is
            id = emulator.ProcessId;
            using var client = new HttpClient { BaseAddress = emulator.BaseUrl };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:district")));
            using var response = await client.GetAsync("api/system/info");

            // Then it answers on loopback, said how many values it archived, and its own peak is readable
            Assert.True(response.IsSuccessStatusCode);
            Assert.Equal("127.0.0.1", emulator.BaseUrl.Host);
            Assert.Contains(emulator.Lines, l => l.EndsWith("archived values (read-only): 5000", StringComparison.Ordinal));
            Assert.True(emulator.PeakWorkingSetBytes > 0);
        }
        finally
        {
            await emulator.DisposeAsync();
        }

        // And disposing it stops the process
        Assert.Throws<ArgumentException>(() => Process.GetProcessById(id));
    }

    [Fact]
    public async Task StartDhis2Async_UnknownWorld_FailsAtOnceWithWhatTheEmulatorSaid()
    {
        // Given a world the emulator does not know
        var clock = Stopwatch.StartNew();

        // When it is started
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            EmulatorProcess.StartDhis2Async(Host, Passerelle, ["--world", "atlantide"], TimeSpan.FromMinutes(2), CancellationToken.None));

        // Then the bench is told it did not start, with the emulator's own words, without waiting for the time limit
        Assert.Contains("n'a pas démarré", failure.Message, StringComparison.Ordinal);
        Assert.Contains("atlantide", failure.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1));
    }
}
