namespace Passerelle.Benchmarks;

/// <summary>The shared reference pack beside the checkout (PASSERELLE_REFERENCE_DIR overrides).</summary>
internal static class ReferenceFiles
{
    public static string Path(params string[] parts)
    {
        if (Environment.GetEnvironmentVariable("PASSERELLE_REFERENCE_DIR") is { Length: > 0 } dir)
        {
            return System.IO.Path.Combine([dir, .. parts]);
        }

        for (var at = new DirectoryInfo(AppContext.BaseDirectory); at is not null; at = at.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(at.FullName, "Passerelle.slnx")))
            {
                return System.IO.Path.Combine([at.FullName, "..", "shared", "reference", .. parts]);
            }
        }

        throw new FileNotFoundException("Passerelle.slnx introuvable / not found above " + AppContext.BaseDirectory);
    }
}
