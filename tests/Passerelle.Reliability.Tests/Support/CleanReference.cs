namespace Passerelle.Reliability.Tests.Support;

/// <summary>
/// What DHIS2 holds after one clean sync of the reference world (Kédougou, default seed), computed once per test
/// run and shared by the suites: the values every broken, killed or resumed run must end with.
/// </summary>
internal static class CleanReference
{
    private static readonly Lazy<Task<IReadOnlyList<string>>> Values = new(ComputeAsync);

    public static Task<IReadOnlyList<string>> ExpectedValuesAsync() => Values.Value;

    private static async Task<IReadOnlyList<string>> ComputeAsync()
    {
        var directory = Directory.CreateTempSubdirectory("passerelle-reference-");
        try
        {
            await using var world = await SyncWorld.StartAsync(directory.FullName, new SyncWorldOptions());
            await world.SyncAsync();
            var values = world.PasserelleValues();
            return values.Count > 0 ? values : throw new InvalidOperationException("the clean reference sync pushed nothing");
        }
        finally
        {
            directory.Delete(true);
        }
    }
}
