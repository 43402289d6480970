using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;
using Microsoft.Extensions.Logging;
using Passerelle.Core.Facilities;
using Passerelle.Core.Privacy;
using Passerelle.Core.Workforce;
using Passerelle.Ihris.Fhir;
using Passerelle.Ihris.Findings;

namespace Passerelle.Ihris.Manage4;

/// <summary>
/// Reads an iHRIS 4 Custom Report CSV export. The export wraps the CSV in markup — a first line such
/// as <c>&lt;table id='… name='HR_Export'&gt;</c> with an unbalanced quote and a last line
/// <c>&lt;/table&gt;</c> — so rows starting with <c>&lt;</c> are dropped (ihris.md §3.4). Only the
/// configured columns are read; names and other columns are skipped unread.
/// </summary>
public sealed partial class CustomReportCsvSource : IWorkforceSource
{
    private readonly CustomReportOptions _options;
    private readonly Pseudonymizer _pseudonymizer;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public CustomReportCsvSource(CustomReportOptions options, Pseudonymizer pseudonymizer, TimeProvider time, ILogger<CustomReportCsvSource> logger)
    {
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new IhrisSourceException(string.Join(Environment.NewLine, errors));
        }

        _options = options;
        _pseudonymizer = pseudonymizer;
        _time = time;
        _logger = logger;
    }

    public string Description => $"iHRIS 4 Custom Report (CSV) {_options.Path}";

    public SourceFindings Findings { get; } = new();

    private CustomReportColumns Columns => _options.Columns;

    public async IAsyncEnumerable<SourceFacility> ReadFacilitiesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in RowsAsync(cancellationToken))
        {
            if (FacilityId(row) is { } id && seen.Add(id))
            {
                var name = row.Get(Columns.FacilityName) ?? id;
                var type = _options.FacilityTypeMap.TryGetValue(name, out var code) ? FacilityTypeLabels.FromCode(code) : FacilityType.Unknown;
                yield return new SourceFacility(
                    SourceSystem.Ihris, id, name, null, type, row.Get(Columns.Region), row.Get(Columns.District), null, new Dictionary<string, string>());
            }
        }
    }

    public async Task<IReadOnlyList<JobDefinition>> ReadJobsAsync(CancellationToken cancellationToken)
    {
        var jobs = new Dictionary<string, JobDefinition>(StringComparer.Ordinal);
        if (Columns.JobId is null)
        {
            return [];
        }

        await foreach (var row in RowsAsync(cancellationToken))
        {
            if (row.Get(Columns.JobId) is { } code && !jobs.ContainsKey(code))
            {
                jobs[code] = new JobDefinition(code, row.Get(Columns.JobTitle), row.Get(Columns.CadreId) ?? row.Get(Columns.CadreName), row.Get(Columns.CadreName), null);
            }
        }

        return [.. jobs.Values];
    }

    public async IAsyncEnumerable<WorkerRole> ReadRolesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        var jobs = await ReadJobsAsync(cancellationToken);
        var inspector = new RoleInspector(Findings, jobs.Select(j => j.Code).ToHashSet(StringComparer.Ordinal), today, Columns.JobId is not null);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in RowsAsync(cancellationToken))
        {
            var where = $"{Path.GetFileName(_options.Path)}:{row.Line}";
            if (row.Get(Columns.PersonId) is not { } person)
            {
                Findings.Add(SourceFindingKind.RoleWithoutWorker, where, $"Ligne {where} sans identifiant de personne : ignorée", $"line {where} has no person id: left out");
                continue;
            }

            var pseudonym = _pseudonymizer.Pseudonymize(PractitionerRoleMapper.SourceSystemName, person);
            var facility = FacilityId(row);
            var job = row.Get(Columns.JobId);
            var cadre = row.Get(Columns.CadreId) ?? row.Get(Columns.CadreName);
            var roleId = $"{pseudonym}@{facility}#{job ?? cadre}";
            if (!seen.Add(roleId))
            {
                Findings.Add(SourceFindingKind.DuplicateRecord, roleId, $"Ligne {where} : même agent, structure et emploi qu'une ligne précédente, comptée une fois", $"line {where}: same worker, facility and job as an earlier line, counted once");
                continue;
            }

            var end = ReportDates.Parse(row.Get(Columns.EndDate));
            var role = new WorkerRole(
                pseudonym,
                roleId,
                facility,
                job,
                row.Get(Columns.JobTitle),
                cadre,
                PractitionerTraits.SexOf(KeyOf(row.Get(Columns.Gender))),
                ReportDates.Year(row.Get(Columns.BirthDate)),
                EmploymentStatus.Unknown,
                ReportDates.Parse(row.Get(Columns.StartDate)),
                end,
                end is null || end >= today);
            inspector.Inspect(role);
            yield return role;
        }

        inspector.Complete();
        LogRolesRead(_logger, seen.Count);
    }

    private string? FacilityId(ReportRow row) => row.Get(Columns.FacilityCode) ?? row.Get(Columns.FacilityName);

    private static string? KeyOf(string? id) => id?[(id.IndexOf('|', StringComparison.Ordinal) + 1)..];

    private async IAsyncEnumerable<ReportRow> RowsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!File.Exists(_options.Path))
        {
            throw new IhrisSourceException($"Fichier introuvable / file not found: {_options.Path}");
        }

        var options = new CsvReaderOptions
        {
            Separator = _options.Delimiter.Length == 1 ? _options.Delimiter[0] : null,
            HasHeader = true,
            CommentPrefix = '<',
            AllowLineBreaksInQuotes = false,
            TrackLineNumbers = true,
            IncludeValuesInExceptions = false,
        };
        using var csv = CsvReader.FromFile(_options.Path, options);
        var columns = await ColumnsAsync(csv, cancellationToken);
        while (await csv.ReadAsync(cancellationToken))
        {
            var values = new Dictionary<string, string?>(columns.Count, StringComparer.Ordinal);
            foreach (var (name, index) in columns)
            {
                values[name] = index < csv.FieldCount && csv.GetString(index) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
            }

            yield return new ReportRow(csv.LineNumber, values);
        }
    }

    /// <summary>The configured columns found in the header (lines of markup above it are skipped), by position.</summary>
    private async Task<Dictionary<string, int>> ColumnsAsync(CsvReader csv, CancellationToken cancellationToken)
    {
        await csv.ReadHeaderAsync(cancellationToken);
        var header = csv.Headers;
        if (header.Count == 0)
        {
            throw new IhrisSourceException($"Fichier vide ou sans en-tête / empty file or no header: {_options.Path}");
        }

        string?[] configured =
        [
            Columns.PersonId, Columns.FacilityCode, Columns.FacilityName, Columns.CadreId, Columns.CadreName, Columns.JobId,
            Columns.JobTitle, Columns.Gender, Columns.BirthDate, Columns.StartDate, Columns.EndDate, Columns.Region, Columns.District,
        ];
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var column in configured.OfType<string>().Distinct())
        {
            if (csv.TryGetFieldIndex(column, out var index))
            {
                found[column] = index;
            }
            else
            {
                missing.Add(column);
            }
        }

        if (!found.ContainsKey(Columns.PersonId) || (!found.ContainsKey(Columns.FacilityCode ?? string.Empty) && !found.ContainsKey(Columns.FacilityName ?? string.Empty)))
        {
            throw new IhrisSourceException(
                $"Colonnes absentes de {_options.Path} : {string.Join(", ", missing)} ; présentes : {string.Join(", ", header)} / "
                + $"columns missing from {_options.Path}: {string.Join(", ", missing)}; present: {string.Join(", ", header)}");
        }

        return found;
    }

    private sealed record ReportRow(long Line, IReadOnlyDictionary<string, string?> Values)
    {
        public string? Get(string? column) => column is not null && Values.TryGetValue(column, out var value) ? value : null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "iHRIS 4 (CSV) : {Roles} lignes de personnel lues / staff rows read")]
    private static partial void LogRolesRead(ILogger logger, int roles);
}
