using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Passerelle.Emulators.Dhis2;
using Passerelle.Testing;

namespace Passerelle.Cli.Tests.Commands;

/// <summary><c>passerelle dhis2 package</c>: the written file validates in DHIS2 (emulator, importMode=VALIDATE) without an error report.</summary>
public sealed class Dhis2PackageCommandTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("passerelle-package-");

    public void Dispose() => _directory.Delete(true);

    [Fact]
    public async Task Package_WrittenFile_ValidatesInDhis2WithoutErrorReport()
    {
        // Given the command writes the package for the Sierra Leone root
        var file = Path.Combine(_directory.FullName, "metadata.json");
        var exit = await PasserelleApp.RunAsync(["dhis2", "package", "--out", file, "--root", "ImspTQPwCqd"]);
        Assert.Equal(0, exit);

        // When the file is imported by hand with importMode=VALIDATE
        await using var dhis2 = await Dhis2Emulator.StartAsync(new Dhis2EmulatorOptions { World = Dhis2World.SierraLeone }, CancellationToken.None);
        var (status, body) = await ValidateAsync(dhis2, await File.ReadAllTextAsync(file));

        // Then DHIS2 reports OK, no error report, and nothing saved
        Assert.True(status == 200, body.ToJsonString());
        Assert.Equal("OK", (string?)body["response"]!["status"]);
        Assert.DoesNotContain("errorCode", body.ToJsonString(), StringComparison.Ordinal);
        Assert.True((int)body["response"]!["stats"]!["total"]! > 10);
        Assert.DoesNotContain(dhis2.Store.DataElements, e => ((string?)e["code"])?.StartsWith("PASS_", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Package_WithPlan_DataElementsNamedFromThePlan()
    {
        var file = Path.Combine(_directory.FullName, "metadata.json");
        var plan = Path.Combine(RepositoryPaths.Root, "src", "Passerelle.Sync", "Plan", "analysis-plan.yaml");

        var exit = await PasserelleApp.RunAsync(["dhis2", "package", "--out", file, "--root", "ImspTQPwCqd", "--plan", plan]);

        Assert.Equal(0, exit);
        var package = JsonNode.Parse(await File.ReadAllTextAsync(file))!;
        var gap = package["dataElements"]!.AsArray().Single(e => (string?)e!["code"] == "PASS_ECART_NORME")!;
        Assert.Equal("RH - Écart à la norme (effectif − norme)", (string?)gap["name"]);
    }

    [Fact]
    public async Task Package_NeitherConfigNorRoot_UsageErrorAndNoFile()
    {
        var file = Path.Combine(_directory.FullName, "metadata.json");

        var exit = await PasserelleApp.RunAsync(["dhis2", "package", "--out", file, "--config", Path.Combine(_directory.FullName, "absent.yaml")]);

        Assert.NotEqual(0, exit);
        Assert.False(File.Exists(file));
    }

    private static async Task<(int Status, JsonNode Body)> ValidateAsync(RunningDhis2Emulator dhis2, string json)
    {
        using var http = new HttpClient { BaseAddress = dhis2.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:district")));
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("api/metadata?importMode=VALIDATE&importReportMode=FULL", content);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
