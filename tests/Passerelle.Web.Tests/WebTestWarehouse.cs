using Passerelle.Cli.Demo;
using Passerelle.Core.Storage;
using Passerelle.Sync.Composition;
using Passerelle.Sync.Pipeline;
using Passerelle.Warehouse;
using Passerelle.Web.Security;

namespace Passerelle.Web.Tests;

/// <summary>
/// The real demo pipeline run once (Kaolack) into a DuckDB file, with one account per role; each test class
/// works on its own copy, so no test sees another's decisions and each web app opens its file alone.
/// </summary>
public sealed class WebTestWarehouse : IAsyncLifetime
{
    public const string Password = "mot-de-passe-de-test";

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("passerelle-web-");
    private string _pristine = "";

    public static IReadOnlyList<(string Login, UserRole Role)> Accounts { get; } =
        [("admin", UserRole.Admin), ("reviewer", UserRole.Reviewer), ("viewer", UserRole.Viewer), ("locky", UserRole.Viewer)];

    public async Task InitializeAsync()
    {
        var demoDirectory = Path.Combine(_directory.FullName, "demo");
        await using (var demo = await DemoEnvironment.StartAsync(demoDirectory, ["SN-KL"], 20260101, CancellationToken.None))
        {
            await using var session = await SyncSession.OpenAsync(demo.Config, demoMode: true, TimeProvider.System, null, CancellationToken.None);
            await new SyncRunner(session, SilentSyncProgress.Instance).RunAsync(new SyncRunOptions(Actor: "test"), CancellationToken.None);
            _pristine = demo.Config.Warehouse;
        }

        await using var warehouse = await WarehouseFactory.OpenAsync(_pristine, TimeProvider.System, CancellationToken.None);
        var accounts = new UserAccounts(warehouse.Users, warehouse.Audit, TimeProvider.System);
        foreach (var (login, role) in Accounts)
        {
            await accounts.AddAsync(login, Password, role, [], "test", CancellationToken.None);
        }
    }

    /// <summary>A fresh copy of the seeded warehouse, for one web app.</summary>
    public string NewCopy()
    {
        var copy = Path.Combine(_directory.FullName, $"copy-{Guid.NewGuid():N}.duckdb");
        File.Copy(_pristine, copy);
        return copy;
    }

    public Task DisposeAsync()
    {
        _directory.Delete(true);
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebTestWarehouse>
{
    public const string Name = "web";
}
