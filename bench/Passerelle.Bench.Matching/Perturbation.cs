using System.Globalization;
using System.Text;
using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;

namespace Passerelle.Bench.Matching;

/// <summary>
/// Deterministic, realistic damage to a facility record, as a second source would write it:
/// type abbreviations (« PS », « P.S. », « CS »), typos, dropped accents, upper case, word swaps,
/// coordinate noise (and a few gross errors), missing district, type or coordinates.
/// </summary>
internal sealed class Perturbation(int seed)
{
    private readonly Random _random = new(seed);

    public SourceFacility Apply(SourceFacility source, string newId)
    {
        var name = Abbreviate(source.Name);
        if (Chance(0.30))
        {
            name = Typo(name);
        }

        if (Chance(0.30))
        {
            name = RemoveAccents(name);
        }

        if (Chance(0.20))
        {
            name = name.ToUpperInvariant();
        }

        if (Chance(0.10))
        {
            name = SwapLastWords(name);
        }

        var district = Chance(0.15) ? null : source.District;
        var type = Chance(0.30) ? FacilityType.Unknown : source.Type;
        GeoPoint? location = source.Location is { } point && !Chance(0.20) ? Move(point) : null;
        return source with
        {
            Source = SourceSystem.Dhis2,
            SourceId = newId,
            Name = name,
            Type = type,
            TypeLabel = null,
            District = district,
            Location = location,
            Codes = new Dictionary<string, string>(),
        };
    }

    private bool Chance(double p) => _random.NextDouble() < p;

    private string Abbreviate(string name)
    {
        (string Long, string[] Short)[] forms =
        [
            ("Poste de santé de ", ["PS ", "P.S. ", "Poste Santé ", "Poste de Sante "]),
            ("Centre de santé de ", ["CS ", "C.S. ", "Centre Santé ", "CS de "]),
            ("Case de santé de ", ["Case ", "Case de sante ", "Case Santé "]),
            ("Hôpital régional de ", ["EPS ", "Hopital Regional ", "CHR "]),
        ];
        foreach (var (full, shorts) in forms)
        {
            if (name.StartsWith(full, StringComparison.Ordinal) && Chance(0.7))
            {
                return shorts[_random.Next(shorts.Length)] + name[full.Length..];
            }
        }

        return name;
    }

    private string Typo(string name)
    {
        var words = name.Split(' ');
        var index = words.Length - 1 - _random.Next(Math.Min(2, words.Length));
        var word = words[index];
        if (word.Length < 4 || word.Contains('.', StringComparison.Ordinal))
        {
            return name;
        }

        var position = 1 + _random.Next(word.Length - 2);
        var chars = word.ToCharArray().ToList();
        switch (_random.Next(4))
        {
            case 0:
                chars.RemoveAt(position);
                break;
            case 1:
                (chars[position], chars[position + 1]) = (chars[position + 1], chars[position]);
                break;
            case 2:
                chars.Insert(position, chars[position]);
                break;
            default:
                chars[position] = (char)('a' + _random.Next(26));
                break;
        }

        words[index] = new string([.. chars]);
        return string.Join(' ', words);
    }

    private string SwapLastWords(string name)
    {
        var words = name.Split(' ');
        if (words.Length < 2)
        {
            return name;
        }

        (words[^1], words[^2]) = (words[^2], words[^1]);
        return string.Join(' ', words);
    }

    private GeoPoint Move(GeoPoint point)
    {
        var metres = Chance(0.05) ? 2_000 + (_random.NextDouble() * 18_000) : _random.NextDouble() * 300;
        var angle = _random.NextDouble() * 2 * Math.PI;
        var dLat = metres * Math.Cos(angle) / 111_320;
        var dLon = metres * Math.Sin(angle) / (111_320 * Math.Cos(point.Latitude * Math.PI / 180));
        return new GeoPoint(point.Latitude + dLat, point.Longitude + dLon);
    }

    private static string RemoveAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        return new string(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
    }
}
