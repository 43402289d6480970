namespace Passerelle.DemoWorld.Continental;

/// <summary>
/// A continental world (issue 12: 100 000 facilities, 1 000 000 workers, 50 000 000 values by default), written
/// straight to the files Passerelle reads — the Carte sanitaire CSV, an iHRIS Manage 4 Custom Report CSV, a DHIS2
/// dataValueSet CSV — without ever being held whole in memory: only its districts are (a few thousand records);
/// each writer draws the facilities of one district at a time again from the seed. Deterministic: the same
/// options give the same bytes.
/// </summary>
/// <example>
/// <code>
/// var world = ContinentalWorld.Create(ContinentalWorldOptions.ForWorkers(1_000_000));
/// long facilities = world.WriteRegistry("carte-sanitaire.csv", ct);
/// long workers = world.WriteWorkforceReport("ihris-hr-export.csv", ct);
/// long values = world.WriteServiceValues("dhis2-datavalues.csv", ct);
/// </code>
/// </example>
public sealed class ContinentalWorld
{
    private readonly ContinentalLayout _layout;

    private ContinentalWorld(ContinentalWorldOptions options, ContinentalLayout layout)
    {
        Options = options;
        _layout = layout;
    }

    public ContinentalWorldOptions Options { get; }

    public int Countries => Options.Countries;

    public int Regions => _layout.Districts.Select(d => d.Region).Distinct(StringComparer.Ordinal).Count();

    public int Districts => _layout.Districts.Count;

    /// <summary>The last day of the last month of service data: the date staff in post are counted on.</summary>
    public DateOnly ReferenceDate => WorkforceReportWriter.ReferenceDate(Options);

    /// <summary>The DHIS2 data element codes of the values file, in catalogue order.</summary>
    public IReadOnlyList<string> DataElementCodes => [.. ServiceElement.Catalogue.Take(Options.DataElements).Select(e => e.Code)];

    /// <exception cref="ArgumentException">The options are not usable (the message says why, French first).</exception>
    public static ContinentalWorld Create(ContinentalWorldOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(options));
        }

        return new ContinentalWorld(options, ContinentalLayout.Build(options));
    }

    /// <summary>The DHIS2 uids of the data elements, in catalogue order (the same as <see cref="DataElementCodes"/>).</summary>
    public IReadOnlyList<string> DataElementUids => ServiceValueWriter.ElementUids(Options);

    /// <summary>The DHIS2 names of the data elements, in catalogue order.</summary>
    public IReadOnlyList<string> DataElementNames => [.. ServiceElement.Catalogue.Take(Options.DataElements).Select(e => e.Name)];

    /// <summary>The months of service data (yyyyMM), oldest first.</summary>
    public IReadOnlyList<string> Periods => ServiceValueWriter.Periods(Options);

    /// <summary>
    /// DHIS2's organisation unit tree for the continent, parents before children: each country a root (level 1), its
    /// régions médicales, districts sanitaires, then the facilities (level 4) under the uids the values file uses.
    /// Drawn again from the seed at each call; only one district's facilities are in memory at a time.
    /// </summary>
    public IEnumerable<Model.Dhis2OrgUnitRecord> Dhis2OrgUnits(CancellationToken cancellationToken) =>
        ContinentalOrgUnitWriter.Units(_layout, Options, cancellationToken);

    /// <summary>The monthly service values, the same as <see cref="WriteServiceValues"/> writes, drawn again from the seed.</summary>
    public IEnumerable<ContinentalServiceValue> ServiceValues(CancellationToken cancellationToken) =>
        ServiceValueWriter.Values(_layout, Options, cancellationToken);

    /// <summary>Writes the Carte sanitaire facility list; returns the facilities written.</summary>
    public long WriteRegistry(string path, CancellationToken cancellationToken) => RegistryCsvWriter.Write(_layout, Options, path, cancellationToken);

    /// <summary>Writes the workforce as an iHRIS Manage 4 Custom Report export (columns: <see cref="WorkforceReportColumns"/>); returns the workers written.</summary>
    public long WriteWorkforceReport(string path, CancellationToken cancellationToken) => WorkforceReportWriter.Write(_layout, Options, path, cancellationToken);

    /// <summary>Writes the monthly service values as a DHIS2 dataValueSet CSV; returns the values written.</summary>
    public long WriteServiceValues(string path, CancellationToken cancellationToken) => ServiceValueWriter.Write(_layout, Options, path, cancellationToken);
}
