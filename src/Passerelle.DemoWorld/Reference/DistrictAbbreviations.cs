namespace Passerelle.DemoWorld.Reference;

/// <summary>
/// Demo district codes (no official code exists, reference/senegal/senegal.md §1.2): initials of a
/// multi-word name (DAKAR CENTRE → DC), else the first letters of the name, lengthened until unique in the
/// region (THIES → THIE beside THIADIAYE → THIA).
/// </summary>
internal static class DistrictAbbreviations
{
    public static Dictionary<(string Region, string Name), string> For(IReadOnlyList<(string Region, string Name)> districts)
    {
        var result = new Dictionary<(string Region, string Name), string>();
        foreach (var region in districts.GroupBy(d => d.Region))
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            var remaining = region.Select(d => d.Name).ToList();
            for (var length = 3; remaining.Count > 0; length++)
            {
                var codes = remaining.Select(n => Abbreviate(n, length)).ToList();
                var unassigned = new List<string>();
                for (var i = 0; i < remaining.Count; i++)
                {
                    var unique = codes.Count(c => c == codes[i]) == 1 && !used.Contains(codes[i]);
                    if (unique || length > 24)
                    {
                        used.Add(codes[i]);
                        result[(region.Key, remaining[i])] = codes[i];
                    }
                    else
                    {
                        unassigned.Add(remaining[i]);
                    }
                }

                remaining = unassigned;
            }
        }

        return result;
    }

    private static string Abbreviate(string name, int length)
    {
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1)
        {
            var initials = string.Concat(words.Select(w => w[0]));
            var extra = Math.Min(words[^1].Length - 1, length - 3);
            return initials + words[^1].Substring(1, extra);
        }

        return name[..Math.Min(name.Length, length)];
    }
}
