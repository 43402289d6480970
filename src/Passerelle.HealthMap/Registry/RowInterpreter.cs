using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;
using Passerelle.HealthMap.Boundaries;
using Passerelle.HealthMap.Mapping;
using Passerelle.HealthMap.Population;
using Passerelle.HealthMap.Reading;

namespace Passerelle.HealthMap.Registry;

/// <summary>The outcome for one row: a facility, or the row kept in quarantine; its findings either way.</summary>
internal sealed record RowOutcome(RegistryFacility? Facility, QuarantinedRow? Quarantined, IReadOnlyList<ImportFinding> Findings);

/// <summary>Turns one data row into a <see cref="RegistryFacility"/>, or quarantines it with its reasons.</summary>
internal sealed class RowInterpreter(string file, HeaderLayout layout, ColumnMapping mapping, SenegalBoundaries territory)
{
    /// <summary>
    /// The longest value a mapped cell may hold: DHIS2's limit for an organisation unit name (230 characters).
    /// A longer cell is a broken export (a whole file pasted in a cell, a runaway quote), not a name to truncate.
    /// </summary>
    internal const int MaxCellLength = 230;

    /// <summary>How much of a bad value a message repeats.</summary>
    private const int ShownLength = 40;

    public RowOutcome Interpret(RawRow row)
    {
        var findings = new RowFindings(file, row.Number, layout);
        string Cell(RegistryField field) => layout.Columns.TryGetValue(field, out var index) ? row.Cell(index).Trim() : string.Empty;
        CheckLengths(Cell, findings);

        var name = Cell(RegistryField.Name);
        if (name.Length == 0)
        {
            findings.Add(FindingSeverity.Error, "HM-NAME-MISSING", RegistryField.Name,
                "Nom de la structure manquant", "facility name missing");
        }

        var code = Cell(RegistryField.Code);
        if (layout.Columns.ContainsKey(RegistryField.Code) && code.Length == 0)
        {
            findings.Add(FindingSeverity.Error, "HM-CODE-MISSING", RegistryField.Code,
                "Code de la structure manquant", "facility code missing");
        }

        CheckArea(Cell(RegistryField.Region), RegistryField.Region, KnownAreaNames.IsRegion, "des 14 régions", "the 14 regions", findings);
        CheckArea(Cell(RegistryField.District), RegistryField.District, KnownAreaNames.IsDistrict, "des 79 districts sanitaires (2025)", "the 79 health districts (2025)", findings);
        var type = InterpretType(Cell(RegistryField.Type), findings);
        var ownershipLabel = Cell(RegistryField.Ownership);
        var ownership = InterpretOwnership(ownershipLabel, type, findings);
        var statusLabel = Cell(RegistryField.Status);
        var status = InterpretStatus(statusLabel, findings);
        var coordinates = InterpretCoordinates(Cell(RegistryField.Latitude), Cell(RegistryField.Longitude), findings);
        var population = InterpretPopulation(Cell(RegistryField.CatchmentPopulation), findings);

        if (findings.HasErrors)
        {
            var cells = row.Cells.Select((value, i) => new SourceCell(layout.HeaderOf(i), value)).ToList();
            return new RowOutcome(null, new QuarantinedRow(row.Number, cells, findings.Errors), findings.All);
        }

        var district = NullIfEmpty(Cell(RegistryField.District));
        var sourceId = code.Length > 0 ? code : DerivedId(name, district);
        var codes = code.Length > 0
            ? new Dictionary<string, string> { [FacilityCodeKinds.Registry] = code }
            : new Dictionary<string, string>();
        var facility = new SourceFacility(
            SourceSystem.HealthMap,
            sourceId,
            name,
            NullIfEmpty(Cell(RegistryField.Type)),
            type?.Type ?? FacilityType.Unknown,
            NullIfEmpty(Cell(RegistryField.Region)),
            district,
            coordinates.Location,
            codes);
        return new RowOutcome(
            new RegistryFacility(
                facility,
                row.Number,
                NullIfEmpty(Cell(RegistryField.Department)),
                ownership,
                NullIfEmpty(ownershipLabel),
                population,
                status,
                NullIfEmpty(statusLabel),
                coordinates.Proposed),
            null,
            findings.All);
    }

    /// <summary>A stable id for lists without a code column: the same name and district always give the same id.</summary>
    internal static string DerivedId(string name, string? district)
    {
        var key = TextKey.Of(name) + "|" + TextKey.Of(district);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return "HM-" + Convert.ToHexStringLower(hash)[..12];
    }

    /// <summary>A value as messages show it: at most <see cref="ShownLength"/> characters, never a whole runaway cell.</summary>
    internal static string Shown(string value) =>
        value.Length <= ShownLength ? value : string.Create(CultureInfo.InvariantCulture, $"{value[..ShownLength]}… ({value.Length} car.)");

    private void CheckLengths(Func<RegistryField, string> cell, RowFindings findings)
    {
        foreach (var field in layout.Columns.Keys)
        {
            var length = cell(field).Length;
            if (length > MaxCellLength)
            {
                findings.Add(FindingSeverity.Error, "HM-CELL-TOO-LONG", field,
                    string.Create(CultureInfo.GetCultureInfo("fr-FR"), $"Valeur trop longue ({length:N0} caractères, au plus {MaxCellLength}) : ligne mise en quarantaine"),
                    string.Create(CultureInfo.InvariantCulture, $"value too long ({length:N0} characters, at most {MaxCellLength}): row quarantined"));
            }
        }
    }

    private static void CheckArea(string name, RegistryField field, Func<string, bool> isKnown, string listFrench, string listEnglish, RowFindings findings)
    {
        if (name.Length > 0 && !isKnown(name))
        {
            findings.Add(FindingSeverity.Warning, field == RegistryField.Region ? "HM-REGION-UNKNOWN" : "HM-DISTRICT-UNKNOWN", field,
                $"« {Shown(name)} » absent de la liste {listFrench} : vérifier l'orthographe",
                $"'{Shown(name)}' not in the list of {listEnglish}: check the spelling");
        }
    }

    private FacilityTypeMatch? InterpretType(string label, RowFindings findings)
    {
        if (label.Length == 0)
        {
            if (layout.Columns.ContainsKey(RegistryField.Type))
            {
                findings.Add(FindingSeverity.Warning, "HM-TYPE-MISSING", RegistryField.Type,
                    "Type de structure vide : type inconnu", "facility type empty: unknown type");
            }

            return null;
        }

        var match = FacilityTypeNormalizer.Normalize(label, mapping);
        if (match is null)
        {
            findings.Add(FindingSeverity.Warning, "HM-TYPE-UNKNOWN", RegistryField.Type,
                $"Type « {Shown(label)} » non reconnu : type inconnu (ajoutez-le à la correspondance)",
                $"type '{Shown(label)}' not recognised: unknown type (add it to the mapping)");
        }
        else if (match.AssumptionFrench is not null)
        {
            findings.Add(FindingSeverity.Info, "HM-TYPE-ASSUMED", RegistryField.Type,
                $"« {label} » : {match.AssumptionFrench}", $"'{label}': {match.AssumptionEnglish}");
        }

        return match;
    }

    private Ownership InterpretOwnership(string label, FacilityTypeMatch? type, RowFindings findings)
    {
        if (label.Length == 0)
        {
            return type?.ImpliedOwnership ?? Ownership.Unknown;
        }

        if (OwnershipNormalizer.Normalize(label, mapping) is { } ownership)
        {
            return ownership;
        }

        findings.Add(FindingSeverity.Warning, "HM-OWNERSHIP-UNKNOWN", RegistryField.Ownership,
            $"Statut juridique « {Shown(label)} » non reconnu", $"ownership '{Shown(label)}' not recognised");
        return type?.ImpliedOwnership ?? Ownership.Unknown;
    }

    private FacilityOperationalStatus InterpretStatus(string label, RowFindings findings)
    {
        if (label.Length == 0)
        {
            return FacilityOperationalStatus.Unknown;
        }

        if (OperationalStatusNormalizer.Normalize(label, mapping) is { } status)
        {
            return status;
        }

        findings.Add(FindingSeverity.Warning, "HM-STATUS-UNKNOWN", RegistryField.Status,
            $"Statut « {Shown(label)} » non reconnu (attendu : ouvert/fonctionnel ou fermé)",
            $"status '{Shown(label)}' not recognised (expected open/functional or closed)");
        return FacilityOperationalStatus.Unknown;
    }

    private CoordinateVerdict InterpretCoordinates(string latitude, string longitude, RowFindings findings)
    {
        if (!layout.Columns.ContainsKey(RegistryField.Latitude) && !layout.Columns.ContainsKey(RegistryField.Longitude))
        {
            return new CoordinateVerdict(null, null, null);
        }

        var verdict = CoordinateCheck.Check(latitude, longitude, territory);
        if (verdict.Problem is not { } problem)
        {
            return verdict;
        }

        var latitudeColumn = layout.HeaderOf(RegistryField.Latitude) ?? "Latitude";
        var longitudeColumn = layout.HeaderOf(RegistryField.Longitude) ?? "Longitude";
        var columns = $"{latitudeColumn}, {longitudeColumn}";
        var given = $"lat {Shown(latitude)}, lon {Shown(longitude)}";
        if (problem == CoordinateProblem.NotANumber)
        {
            // A coordinate that is not a number is a typing or export error the source must fix: the row waits in
            // quarantine, all its cells kept, rather than loading a facility whose position was silently lost.
            var unreadable = CoordinateParser.TryParse(latitude, out _) ? longitudeColumn
                : CoordinateParser.TryParse(longitude, out _) ? latitudeColumn
                : columns;
            findings.AddForColumns(FindingSeverity.Error, "HM-COORD-NOT-NUMBER", unreadable,
                $"Coordonnées illisibles ({given}) : nombre attendu (ex. 14.7167 ou 14°43'N), ligne mise en quarantaine",
                $"unreadable coordinates ({given}): a number expected (e.g. 14.7167 or 14°43'N), row quarantined");
            return verdict;
        }

        var (code, french, english) = problem switch
        {
            CoordinateProblem.Missing => ("HM-COORD-MISSING", "Coordonnées GPS manquantes", "GPS coordinates missing"),
            CoordinateProblem.Partial => ("HM-COORD-PARTIAL", $"Coordonnée incomplète ({given}) : point ignoré", $"incomplete coordinates ({given}): point dropped"),
            CoordinateProblem.Zero => ("HM-COORD-ZERO", "Coordonnées nulles (0, 0) : point ignoré", "zero coordinates (0, 0): point dropped"),
            CoordinateProblem.OutOfRange => ("HM-COORD-OUT-OF-RANGE", $"Coordonnées hors limites ({given}; latitude ±90, longitude ±180) : point ignoré", $"coordinates out of range ({given}; latitude ±90, longitude ±180): point dropped"),
            CoordinateProblem.Swapped => ("HM-COORD-SWAPPED", $"Latitude et longitude inversées ({given}) ; correction proposée : {Describe(verdict.Proposed)}", $"latitude and longitude swapped ({given}); proposed fix: {Describe(verdict.Proposed)}"),
            CoordinateProblem.SignLost => ("HM-COORD-SIGN", $"Signe moins de la longitude manquant ({given}) ; correction proposée : {Describe(verdict.Proposed)}", $"longitude lost its minus sign ({given}); proposed fix: {Describe(verdict.Proposed)}"),
            _ => ("HM-COORD-OUTSIDE", $"Point hors du Sénégal ({given}) : point ignoré", $"point outside Senegal ({given}): point dropped"),
        };
        var severity = problem == CoordinateProblem.Missing ? FindingSeverity.Info : FindingSeverity.Warning;
        findings.AddForColumns(severity, code, columns, french, english);
        return verdict;
    }

    private static string Describe(GeoPoint? point) => point is { } p
        ? string.Create(CultureInfo.InvariantCulture, $"lat {p.Latitude:0.######}, lon {p.Longitude:0.######}")
        : string.Empty;

    private static long? InterpretPopulation(string text, RowFindings findings)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (PopulationParser.TryParse(text, out var population))
        {
            return population;
        }

        // Not a head count: quarantined with the row (a wrong figure would skew every density computed from it).
        findings.Add(FindingSeverity.Error, "HM-POPULATION-INVALID", RegistryField.CatchmentPopulation,
            $"Population desservie « {Shown(text)} » invalide (nombre entier positif attendu) : ligne mise en quarantaine",
            $"catchment population '{Shown(text)}' invalid (non-negative whole number expected): row quarantined");
        return null;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
