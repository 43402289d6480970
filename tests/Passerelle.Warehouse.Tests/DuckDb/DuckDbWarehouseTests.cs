using DuckDB.NET.Data;
using Passerelle.Core.Storage;

namespace Passerelle.Warehouse.Tests.DuckDb;

public sealed class DuckDbWarehouseTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "passerelle-duckdb-" + Guid.NewGuid().ToString("N"));

    private string FilePath => Path.Combine(_folder, "sous-dossier", "entrepot.duckdb");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task OpenAsync_NewFileInMissingFolder_CreatesTheFileReadableByItsOwnerOnly()
    {
        // When a warehouse is opened on a file that does not exist yet
        await using (await WarehouseFactory.OpenAsync(FilePath, null, CancellationToken.None))
        {
        }

        // Then the file exists with mode 600 (pseudonymised data lives there)
        Assert.True(File.Exists(FilePath));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(FilePath));
        }
    }

    [Fact]
    public async Task OpenAsync_MissingFolder_CreatesItForItsOwnerOnly()
    {
        // When a warehouse is opened in a folder that does not exist yet
        await using (await WarehouseFactory.OpenAsync(FilePath, null, CancellationToken.None))
        {
        }

        // Then the folder is private (mode 700): the write-ahead log lives there too
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(FilePath)!));
        }
    }

    [Fact]
    public async Task OpenAsync_NewThenExisting_LogsEachMigrationOnceThenUpToDate()
    {
        // Given a logger
        var first = new RecordingLogger();
        var second = new RecordingLogger();

        // When a new warehouse is opened, then opened again
        await using (await WarehouseFactory.OpenAsync(FilePath, null, first, CancellationToken.None))
        {
        }

        await using (await WarehouseFactory.OpenAsync(FilePath, null, second, CancellationToken.None))
        {
        }

        // Then the first open logs every migration and the second only that it is up to date
        Assert.Equal(Migrations.Migration.All.Count, first.Entries.Count(e => e.Event.Id == 8101));
        Assert.Equal([8102], second.Entries.Select(e => e.Event.Id));
    }

    [Fact]
    public async Task OpenAsync_ExistingFileMadeWorldReadable_RestrictsItAgain()
    {
        // Given a warehouse file whose mode someone widened
        await using (await WarehouseFactory.OpenAsync(FilePath, null, CancellationToken.None))
        {
        }

        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.SetUnixFileMode(FilePath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        // When it is opened again
        await using (await WarehouseFactory.OpenAsync(FilePath, null, CancellationToken.None))
        {
        }

        // Then it is owner-only again
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(FilePath));
    }

    [Fact]
    public async Task OpenAsync_FileThatIsNotDuckDb_FailsNamingTheFile()
    {
        // Given a text file where the warehouse should be
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        await File.WriteAllTextAsync(FilePath, "code,nom\nSN-001,Poste de santé\n");

        // When it is opened
        var error = await Assert.ThrowsAsync<WarehouseException>(() => WarehouseFactory.OpenAsync(FilePath, null, CancellationToken.None));

        // Then the error says which file and why, in French and English
        Assert.Contains(FilePath, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("Impossible d'ouvrir l'entrepôt DuckDB / cannot open the DuckDB warehouse", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_WarehouseFromANewerProgram_RefusesToTouchIt()
    {
        // Given a warehouse already at a version this program does not know
        await using (var warehouse = await WarehouseFactory.OpenAsync(FilePath, null, CancellationToken.None))
        {
            await warehouse.Audit.AppendAsync(new AuditEvent(DateTimeOffset.UnixEpoch, "system", "pull", "source", null, null), CancellationToken.None);
        }

        await using (var connection = new DuckDBConnection("DataSource=" + FilePath))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_version VALUES (999, 'future', TIMESTAMP '2030-01-01 00:00:00')";
            await command.ExecuteNonQueryAsync();
        }

        // When this program opens it
        var error = await Assert.ThrowsAsync<WarehouseException>(() => WarehouseFactory.OpenAsync(FilePath, null, CancellationToken.None));

        // Then it refuses and says to upgrade
        Assert.Contains("999", error.Message, StringComparison.Ordinal);
        Assert.Contains("upgrade Passerelle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_OnLinux_DuckDbHandsFreedPagesBackAtOnce()
    {
        // When a warehouse is opened
        await using (await WarehouseFactory.OpenAsync(FilePath, null, CancellationToken.None))
        {
        }

        // Then, where DuckDB runs its own jemalloc (Linux), freed pages go back without waiting (DuckDB's own setting keeps
        // them two seconds), and elsewhere there is nothing to tune
        if (OperatingSystem.IsLinux())
        {
            Assert.Equal(0, Passerelle.Warehouse.Database.DuckDbAllocator.DecayMilliseconds("dirty"));
            Assert.Equal(0, Passerelle.Warehouse.Database.DuckDbAllocator.DecayMilliseconds("muzzy"));
        }
        else
        {
            Assert.False(Passerelle.Warehouse.Database.DuckDbAllocator.ReleasesFreedPagesAtOnce());
        }
    }

    [Fact]
    public async Task QueryAsync_OnDuckDb_StreamsTheRowsAndLetsTheSessionGoOn()
    {
        // Given a DuckDB warehouse with a few thousand rows
        await using var database = await Passerelle.Warehouse.Database.DuckDbDatabase.OpenAsync(WarehouseConnectionString.Parse(FilePath), CancellationToken.None);
        await using var session = await database.OpenSessionAsync(CancellationToken.None);
        await session.ExecuteAsync("CREATE TABLE nombres AS SELECT range AS n FROM range(5000)", CancellationToken.None);

        // When they are read one by one, then the session runs another statement
        long sum = 0;
        await foreach (var n in session.QueryAsync("SELECT n FROM nombres ORDER BY n", [], r => r.GetInt64(0), CancellationToken.None))
        {
            sum += n;
        }

        var count = await session.ScalarAsync("SELECT count(*) FROM nombres", [], CancellationToken.None);

        // Then every row came, and the read asked DuckDB to stream rather than build the whole result first
        Assert.Equal(4999L * 5000 / 2, sum);
        Assert.Equal(5000L, Convert.ToInt64(count, System.Globalization.CultureInfo.InvariantCulture));
        await using var connection = new DuckDBConnection("DataSource=:memory:");
        await using var command = connection.CreateCommand();
        database.PrepareToStream(command);
        Assert.True(command.UseStreamingMode);
    }

    [Theory]
    [InlineData(null, WarehouseConnectionString.DefaultDuckDbMemoryLimit)]
    [InlineData("1GB", "1GB")]
    public async Task OpenAsync_WithOrWithoutAMemoryLimit_DuckDbKeepsToIt(string? given, string expected)
    {
        // Given a connection string with or without a memory limit
        var connectionString = given is null ? FilePath : $"DataSource={FilePath};Memory Limit={given}";

        // When the warehouse is opened
        await using var database = await Passerelle.Warehouse.Database.DuckDbDatabase.OpenAsync(WarehouseConnectionString.Parse(connectionString), CancellationToken.None);
        await using var session = await database.OpenSessionAsync(CancellationToken.None);
        var applied = await session.ScalarAsync("SELECT current_setting('memory_limit')", [], CancellationToken.None);

        // Then DuckDB's limit is the one expected (as DuckDB itself shows that amount), not its default of 80 % of the machine
        await using var reference = new DuckDBConnection("DataSource=:memory:");
        await reference.OpenAsync();
        await using (var set = reference.CreateCommand())
        {
            set.CommandText = $"SET memory_limit = '{expected}'";
            await set.ExecuteNonQueryAsync();
        }

        await using var read = reference.CreateCommand();
        read.CommandText = "SELECT current_setting('memory_limit')";
        Assert.Equal(await read.ExecuteScalarAsync(), applied);
    }
}
