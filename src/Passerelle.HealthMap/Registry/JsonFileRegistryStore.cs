namespace Passerelle.HealthMap.Registry;

/// <summary>
/// Keeps each imported facility list as one JSON file named by its content hash
/// (<c>registry-&lt;sha256&gt;.json</c>) in a folder. Used by the CLI until the warehouse store is wired;
/// saving the same file again changes nothing.
/// </summary>
public sealed class JsonFileRegistryStore(string directory) : IRegistryStore
{
    public string Directory { get; } = directory;

    public string PathFor(string contentHash) => Path.Combine(Directory, $"registry-{contentHash}.json");

    public async Task<RegistrySaveOutcome> SaveAsync(RegistryImportResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        var target = PathFor(result.Source.ContentHash);
        if (File.Exists(target))
        {
            return RegistrySaveOutcome.AlreadyImported;
        }

        System.IO.Directory.CreateDirectory(Directory);
        var temporary = target + ".tmp";
        await using (var output = File.Create(temporary))
        {
            await RegistryResultJson.SerializeAsync(output, result, cancellationToken);
        }

        File.Move(temporary, target, overwrite: true);
        return RegistrySaveOutcome.Saved;
    }
}
