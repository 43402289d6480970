using Passerelle.DemoWorld.Randomness;

namespace Passerelle.DemoWorld.Naming;

/// <summary>
/// Invents plausible village and neighbourhood names (Wolof, Serer, Pulaar, Mandinka, Diola sounding,
/// or Dakar quartiers) from syllables and the compound patterns common in Senegal ("Keur …", "Sinthiou …",
/// "… Kounda", "… Peulh"). Names are invented: none is taken from a facility list.
/// </summary>
internal static class PlaceNameGenerator
{
    private sealed record Syllables(string[] Starts, string[] Middles, string[] Ends, string[] Prefixes, string[] Suffixes);

    private static readonly Dictionary<NameFlavour, Syllables> ByFlavour = new()
    {
        [NameFlavour.Wolof] = new(
            ["Ndia", "Ndio", "Ndié", "Thia", "Thié", "Mba", "Mbo", "Ngou", "Nga", "Ka", "Ko", "Sa", "Ta", "Dia", "Da", "Lo", "Lou", "Mé", "Ga", "Ba", "Pa", "Ya", "Wa", "Sé", "Ngué", "Dou", "Khou", "Kha", "Ndi", "Ké"],
            ["", "", "ffa", "kha", "ro", "ndi", "la", "go", "ba", "ye", "mo", "ra", "li", "nia", "gué", "dia", "kho", "rè", "mbé"],
            ["te", "ne", "ye", "r", "kh", "ry", "ba", "gane", "bène", "rène", "ly", "mbe", "gue", "l", "m", "ndé", "thie", "sse", "ndane", "lane", "ffate", "kane", "gal"],
            ["Keur", "Keur", "Keur", "Darou", "Médina", "Touba", "Ndiaye", "Thiaré", "Sam"],
            ["Peulh", "Wolof", "Escale", "Gare", "Nord", "Sud", "Extension", "Mbaye", "Ba"]),
        [NameFlavour.Serer] = new(
            ["Ndi", "Diou", "Fa", "Dio", "Nia", "Ngo", "Poud", "Mbin", "Sou", "Fim", "Tiou", "Sam", "Pal", "Nga", "Ndo", "Ya", "Khi", "Yan", "Lam"],
            ["", "", "ka", "lo", "mo", "ffi", "ssa", "gui", "ndi", "ra"],
            ["khar", "kane", "ndé", "mane", "dior", "ngane", "lor", "ghem", "r", "l", "ssas", "mack", "bane", "diay", "ndiane", "sine"],
            ["Keur", "Mbel", "Ndiong", "Sorokh"],
            ["Sérère", "Peulh", "Ndiaye", "Mbambara", "Ndiob"]),
        [NameFlavour.Pulaar] = new(
            ["Sin", "Wou", "Dia", "Dou", "Tho", "Kan", "Ha", "Ga", "Bo", "Nga", "Fé", "Se", "Tha", "Loum", "Pé", "Ogo", "Gua", "Den", "Ndou", "Moy"],
            ["", "", "ro", "ma", "rè", "dé", "la", "nou", "ga", "bo", "lo", "tia"],
            ["gui", "bé", "ly", "ré", "dou", "na", "rou", "wel", "kel", "ndou", "lol", "ndé", "laba", "té", "logue", "diéri", "waly"],
            ["Sinthiou", "Wouro", "Thiel", "Saré", "Diam", "Belel"],
            ["Peulh", "Diéri", "Walo", "Torodo", "Sébé"]),
        [NameFlavour.Mandinka] = new(
            ["Kou", "Ma", "Sou", "Ka", "Ba", "Si", "Mis", "Dia", "Ta", "Né", "Sam", "Mé", "Dou", "Sin", "Fa", "Ko", "Kan", "Ndi", "Sa"],
            ["", "", "ssi", "li", "ra", "ma", "ko", "nan", "ba", "fa", "la"],
            ["kounda", "koto", "ra", "ba", "to", "ndi", "ling", "ma", "kou", "dou", "nding", "rah", "kolon", "bali", "fara", "doumbé"],
            ["Saré", "Missira", "Sinthiou", "Dar Salam", "Médina"],
            ["Kounda", "Mandingue", "Socé", "Bambara", "Koto"]),
        [NameFlavour.Diola] = new(
            ["Thio", "Ka", "Mlo", "Dia", "Ba", "Djem", "Ni", "E", "Bou", "Sin", "Mlom", "Ed", "Ou", "Oul", "Bli", "Ké", "Dio", "Affi", "Cou"],
            ["", "", "ba", "lo", "ran", "gui", "ri", "bo", "ssou", "ka"],
            ["nk", "ye", "mp", "ring", "bone", "lal", "ndor", "ssal", "ne", "bo", "kène", "ngon", "bir", "kassa", "loum", "diap"],
            ["Kagn", "Ka", "Djib", "Bou"],
            ["Diola", "Ba", "Bolong", "Kassa"]),
        [NameFlavour.UrbanDakar] = new(
            ["Ndia", "Thia", "Mba", "Ngou", "Ka", "Sa", "Dia", "Lo", "Ga", "Ba", "Ya", "Wa", "Sé", "Khou", "Ndi", "Ké", "Ya", "Ngo", "Fa"],
            ["", "", "", "kha", "ro", "ndi", "la", "go", "ba", "ye", "mo", "ra", "li"],
            ["te", "ne", "ye", "r", "kh", "ry", "ba", "gane", "bène", "rène", "ly", "mbe", "gue", "l", "m", "ndé", "sse", "lane", "kane", "gal"],
            ["Cité", "HLM", "Parcelles", "Quartier", "Médina", "Darou Salam", "Grand", "Cité", "Zone"],
            ["Extension", "Village", "Plage", "Marché", "Nord", "Sud", "2", "3", "4", "5", "Rails"]),
    };

    /// <summary>A name not yet in <paramref name="used"/> (which it joins).</summary>
    public static string Next(SeededRandom random, NameFlavour flavour, ISet<string> used)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            var name = Compose(random, flavour);
            if (used.Add(name))
            {
                return name;
            }
        }

        // A crowded district: number the last attempt, as villages split into "Ndiaffate 2" do.
        for (var n = 2; ; n++)
        {
            var name = $"{Compose(random, flavour)} {n}";
            if (used.Add(name))
            {
                return name;
            }
        }
    }

    private static string Compose(SeededRandom random, NameFlavour flavour)
    {
        var s = ByFlavour[flavour];
        var roll = random.NextDouble();
        var (prefixed, suffixed) = flavour switch
        {
            NameFlavour.UrbanDakar => (0.7, 0.8),
            NameFlavour.Wolof or NameFlavour.Serer => (0.38, 0.5),
            _ => (0.25, 0.37),
        };
        if (flavour is NameFlavour.Wolof or NameFlavour.Serer && roll < 0.2)
        {
            // "Keur Samba Kane": a founder's compound.
            var founder = PersonNames.Given(random, random.Chance(0.8) ? Core.Workforce.Sex.Male : Core.Workforce.Sex.Female);
            return random.Chance(0.5) ? $"Keur {founder}" : $"Keur {founder} {PersonNames.Family(random, flavour)}";
        }

        if (flavour == NameFlavour.UrbanDakar && roll < 0.2)
        {
            return $"Cité {PersonNames.Family(random, NameFlavour.Wolof)}";
        }

        var word = Word(random, s);
        if (roll < prefixed)
        {
            return $"{random.Pick(s.Prefixes)} {word}";
        }

        return roll < suffixed ? $"{word} {random.Pick(s.Suffixes)}" : word;
    }

    private static string Word(SeededRandom random, Syllables s)
    {
        var word = random.Pick(s.Starts) + random.Pick(s.Middles) + random.Pick(s.Ends);
        return char.ToUpperInvariant(word[0]) + word[1..];
    }
}
