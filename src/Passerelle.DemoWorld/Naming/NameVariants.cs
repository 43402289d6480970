using System.Globalization;
using System.Text;
using Passerelle.Core.Facilities;
using Passerelle.DemoWorld.Randomness;

namespace Passerelle.DemoWorld.Naming;

/// <summary>How a system's users write the type part of facility names.</summary>
internal enum LabelStyle
{
    /// <summary>"Poste de santé de Ndiaffate".</summary>
    Full,

    /// <summary>"PS Ndiaffate".</summary>
    Abbreviated,

    /// <summary>"P.S. Ndiaffate".</summary>
    Dotted,

    /// <summary>"PS de Ndiaffate".</summary>
    AbbreviatedWithDe,

    /// <summary>"Poste de Santé de Ndiaffate".</summary>
    TitleCase,

    /// <summary>"POSTE DE SANTE DE NDIAFFATE": capitals, no accents.</summary>
    UpperNoAccents,
}

/// <summary>
/// The divergences real facility lists show between systems: abbreviations, dropped accents, typos,
/// swapped word order, capitals (reference/senegal/senegal.md §1.2 lists real spelling variants).
/// </summary>
internal static class NameVariants
{
    public static string Render(FacilityName name, FacilityType type, LabelStyle style, SeededRandom random)
    {
        var label = name.Label;
        var place = name.Place;
        return style switch
        {
            LabelStyle.Full => name.Full,
            LabelStyle.Abbreviated => $"{Abbreviation(label, type, dotted: false, random)} {place}",
            LabelStyle.Dotted => $"{Abbreviation(label, type, dotted: true, random)} {place}",
            LabelStyle.AbbreviatedWithDe when name.WithDe => $"{Abbreviation(label, type, dotted: false, random)} {FacilityName.Of(place)}",
            LabelStyle.AbbreviatedWithDe => $"{Abbreviation(label, type, dotted: false, random)} {place}",
            LabelStyle.TitleCase => TitleCaseLabel(name),
            LabelStyle.UpperNoAccents => DropAccents(name.Full).ToUpperInvariant(),
            _ => name.Full,
        };
    }

    /// <summary>"Ndiaffate PS", "Ndiaffate (Poste de santé)": the place first.</summary>
    public static string PlaceFirst(FacilityName name, FacilityType type, SeededRandom random) => random.Next(0, 3) switch
    {
        0 => $"{name.Place} {Abbreviation(name.Label, type, dotted: false, random)}",
        1 => $"{name.Place} ({name.Label})",
        _ => $"{name.Place} - {name.Label}",
    };

    public static string DropAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    public static bool HasAccents(string text) => DropAccents(text) != text;

    /// <summary>One slip of the keyboard in the place part: two letters swapped, one dropped or doubled.</summary>
    public static string Typo(string rendered, string place, SeededRandom random)
    {
        var start = rendered.LastIndexOf(place, StringComparison.Ordinal);
        if (start < 0 || place.Length < 4)
        {
            start = 0;
            place = rendered;
        }

        var word = place.ToCharArray().ToList();
        var at = random.Next(1, word.Count - 2);
        switch (random.Next(0, 3))
        {
            case 0 when word[at] != word[at + 1] && char.IsLetter(word[at]) && char.IsLetter(word[at + 1]):
                (word[at], word[at + 1]) = (word[at + 1], word[at]);
                break;
            case 1 when char.IsLetter(word[at]):
                word.RemoveAt(at);
                break;
            default:
                word.Insert(at, char.IsLetter(word[at]) ? word[at] : 'n');
                break;
        }

        var misspelt = new string(word.ToArray());
        return string.Concat(rendered.AsSpan(0, start), misspelt, rendered.AsSpan(start + place.Length));
    }

    private static string TitleCaseLabel(FacilityName name)
    {
        var label = string.Join(' ', name.Label.Split(' ').Select(w => w is "de" or "d'" ? w : char.ToUpperInvariant(w[0]) + w[1..]));
        return (name with { Label = label }).Full;
    }

    private static string Abbreviation(string label, FacilityType type, bool dotted, SeededRandom random) => label switch
    {
        "Poste de santé" => dotted ? "P.S." : "PS",
        "Centre de santé" => dotted ? "C.S." : "CS",
        "Case de santé" => dotted ? "C. de S." : "Case",
        "Poste de santé privé catholique" => dotted ? "P.S. catholique" : "PS catholique",
        "Cabinet médical" => dotted ? "Cab. méd." : "Cabinet",
        "Infirmerie de garnison" => "Infirmerie",
        _ when type is FacilityType.EpsNiveau1 or FacilityType.EpsNiveau2 or FacilityType.EpsNiveau3 =>
            random.Pick(HospitalAbbreviations(label, type)),
        _ => label,
    };

    private static string[] HospitalAbbreviations(string label, FacilityType type) => label switch
    {
        "Centre hospitalier régional" => ["EPS", "CHR", "Hôpital régional", "Hopital regional"],
        "Centre hospitalier national" => ["CHN", "EPS", "Hôpital"],
        "Centre hospitalier universitaire" => ["CHU", "EPS", "Hôpital"],
        _ => [type == FacilityType.EpsNiveau1 ? "EPS1" : "EPS", "Hôpital", "Hopital"],
    };
}
