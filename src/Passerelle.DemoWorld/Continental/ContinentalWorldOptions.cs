namespace Passerelle.DemoWorld.Continental;

/// <summary>
/// What a continental world holds: exact counts of facilities, workers and service values, spread over
/// as many national-size countries as the facilities need. The defaults are issue 12's continental scale
/// (100 000 facilities, 1 000 000 workers, 50 000 000 values); <see cref="ForWorkers"/> scales all three together.
/// </summary>
/// <param name="Seed">The same seed and counts always give the same files, byte for byte.</param>
/// <param name="Facilities">Facilities in the Carte sanitaire list; the iHRIS report covers them all.</param>
/// <param name="Workers">Workers in the iHRIS report, one role each.</param>
/// <param name="Values">Monthly DHIS2 values; at most <see cref="DataElements"/> × <see cref="Months"/> per facility, the rest are gaps.</param>
/// <param name="LastPeriod">The last month of service data (yyyyMM).</param>
public sealed record ContinentalWorldOptions(int Seed, int Facilities, int Workers, long Values, int DataElements = 20, int Months = 36, string LastPeriod = "202610")
{
    /// <summary>Facilities of one national-size country (Senegal's national world has about 4 800).</summary>
    public const int FacilitiesPerCountry = 4_545;

    /// <summary>Workers per facility and values per facility at the continental scale.</summary>
    public const int WorkersPerFacility = 10;

    public const int ValuesPerFacility = 500;

    public static ContinentalWorldOptions Continental { get; } = ForWorkers(1_000_000);

    /// <summary>A world of <paramref name="workers"/> workers, a tenth as many facilities and 50 values per worker.</summary>
    public static ContinentalWorldOptions ForWorkers(int workers, int seed = 20260101)
    {
        var facilities = Math.Max(1, workers / WorkersPerFacility);
        return new ContinentalWorldOptions(seed, facilities, workers, (long)facilities * ValuesPerFacility);
    }

    /// <summary>National-size countries: enough for the facilities, at least one.</summary>
    public int Countries => Math.Max(1, (int)Math.Ceiling(Facilities / (double)FacilitiesPerCountry));

    /// <summary>The problems with these options, French first; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Facilities < 1)
        {
            problems.Add("structures : au moins 1 / facilities: at least 1");
        }

        if (Workers < 0)
        {
            problems.Add("agents : pas de nombre négatif / workers: no negative count");
        }

        if (DataElements < 1 || DataElements > ServiceElement.Catalogue.Count || Months is < 1 or > 120)
        {
            problems.Add($"éléments de données 1 à {ServiceElement.Catalogue.Count}, mois 1 à 120 / data elements 1 to {ServiceElement.Catalogue.Count}, months 1 to 120");
        }

        if (Values < 0 || Values > (long)Facilities * DataElements * Months)
        {
            problems.Add($"valeurs : 0 à {(long)Facilities * DataElements * Months} (structures × éléments × mois) / values: 0 to facilities × elements × months");
        }

        if (LastPeriod.Length != 6 || !int.TryParse(LastPeriod, out var period) || period % 100 is < 1 or > 12)
        {
            problems.Add($"dernier mois « {LastPeriod} » : attendu aaaaMM / last period: expected yyyyMM");
        }

        return problems;
    }
}
