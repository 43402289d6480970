namespace Passerelle.Testing;

/// <summary>Finds the checkout and the shared reference pack beside it, from wherever a test runs.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder holding <c>Passerelle.slnx</c>.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary><c>../shared/reference</c> beside the checkout (override with PASSERELLE_REFERENCE_DIR).</summary>
    public static string Reference =>
        Environment.GetEnvironmentVariable("PASSERELLE_REFERENCE_DIR") is { Length: > 0 } dir
            ? dir
            : Path.GetFullPath(Path.Combine(Root, "..", "shared", "reference"));

    public static string ReferenceFile(params string[] parts) => Path.Combine([Reference, .. parts]);

    /// <summary>Where tests write artifacts a person may want to look at (screenshots, reports).</summary>
    public static string Artifacts
    {
        get
        {
            var dir = Environment.GetEnvironmentVariable("PASSERELLE_TEST_ARTIFACTS") is { Length: > 0 } d
                ? d
                : Path.Combine(Root, "test-artifacts");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Passerelle.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Passerelle.slnx not found above " + AppContext.BaseDirectory);
    }
}
