using Passerelle.Core.Workforce;
using Passerelle.DemoWorld.Randomness;

namespace Passerelle.DemoWorld.Naming;

/// <summary>
/// Common Senegalese given and family names, combined at random: every worker is fictional. Family names
/// lean towards the languages of the region (Wolof and Serer in the west and centre, Pulaar in the north
/// and east, Mandinka and Diola in the south).
/// </summary>
internal static class PersonNames
{
    private static readonly string[] MaleGiven =
    [
        "Mamadou", "Moussa", "Ibrahima", "Cheikh", "Abdoulaye", "Ousmane", "Modou", "Babacar", "Aliou", "Mouhamed",
        "Serigne", "Pape", "Lamine", "Souleymane", "Alioune", "Amadou", "Oumar", "Boubacar", "Demba", "Samba",
        "Malick", "El Hadji", "Assane", "Ndiaga", "Saliou", "Idrissa", "Massamba", "Djibril", "Mbaye", "Bamba",
        "Seydou", "Khadim", "Omar", "Youssou", "Adama", "Issa", "Daouda", "Mor", "Birame", "Ismaïla",
        "Mamadou Lamine", "Papa Alioune", "Abdou", "Yoro", "Sidy", "Falilou", "Matar", "Ansou", "Lansana", "Thierno",
    ];

    private static readonly string[] FemaleGiven =
    [
        "Fatou", "Aminata", "Awa", "Aïssatou", "Mariama", "Khady", "Ndèye", "Astou", "Coumba", "Fatoumata",
        "Adama", "Binta", "Dieynaba", "Rokhaya", "Ramatoulaye", "Mame Diarra", "Sokhna", "Ndèye Fatou", "Maïmouna", "Seynabou",
        "Yacine", "Marème", "Oumou", "Penda", "Kiné", "Nafissatou", "Aïda", "Bineta", "Codou", "Fama",
        "Khadija", "Haby", "Salimata", "Kadiatou", "Hawa", "Djénéba", "Mariétou", "Arame", "Anta", "Dior",
        "Ndeye Awa", "Safiétou", "Coumba Ndoffène", "Ami", "Mbayang", "Soukeye", "Adji", "Néné", "Fanta", "Tening",
    ];

    private static readonly string[] WolofSerer =
    [
        "Diop", "Ndiaye", "Fall", "Gueye", "Sarr", "Diouf", "Faye", "Mbaye", "Ndour", "Thiam",
        "Seck", "Cissé", "Samb", "Niang", "Lo", "Dieng", "Wade", "Mbengue", "Diagne", "Gaye",
        "Diakhaté", "Dione", "Sène", "Ngom", "Tine", "Ndao", "Sy", "Kane", "Mboup", "Sall",
        "Mbodj", "Diallo", "Touré", "Guèye", "Loum", "Ndong", "Thioune", "Senghor", "Diatta", "Ba",
    ];

    private static readonly string[] PulaarSoninke =
    [
        "Diallo", "Ba", "Sow", "Kane", "Ly", "Sy", "Barry", "Baldé", "Bâ", "Dia",
        "Wane", "Tall", "Niang", "Kandé", "Sidibé", "Diao", "Tandia", "Sylla", "Fofana", "Camara",
        "Touré", "Dramé", "Diakité", "Dembélé", "Soumaré", "Dianka", "Mballo", "Seydi", "Thiam", "Diop",
    ];

    private static readonly string[] MandinkaDiola =
    [
        "Sané", "Badji", "Diédhiou", "Cissokho", "Dramé", "Sagna", "Mané", "Diatta", "Sonko", "Traoré",
        "Konaté", "Keïta", "Kanté", "Camara", "Mendy", "Goudiaby", "Coly", "Manga", "Tamba", "Bodian",
        "Sambou", "Djiba", "Biaye", "Dabo", "Fadiga", "Gassama", "Sadio", "Diémé", "Diallo", "Touré",
    ];

    public static string Given(SeededRandom random, Sex sex) =>
        random.Pick(sex == Sex.Female ? FemaleGiven : MaleGiven);

    public static string Family(SeededRandom random, NameFlavour flavour) => flavour switch
    {
        NameFlavour.Pulaar => random.Pick(random.Chance(0.75) ? PulaarSoninke : WolofSerer),
        NameFlavour.Mandinka or NameFlavour.Diola => random.Pick(random.Chance(0.7) ? MandinkaDiola : PulaarSoninke),
        _ => random.Pick(random.Chance(0.85) ? WolofSerer : PulaarSoninke),
    };
}
