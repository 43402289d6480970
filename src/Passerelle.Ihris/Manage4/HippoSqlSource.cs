using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using MySqlConnector;
using Passerelle.Core.Facilities;
using Passerelle.Core.Privacy;
using Passerelle.Core.Workforce;
using Passerelle.Ihris.Fhir;
using Passerelle.Ihris.Findings;

namespace Passerelle.Ihris.Manage4;

/// <summary>
/// Reads iHRIS Manage 4 (what Senegal runs) straight from its <c>hippo_*</c> form-cache tables in
/// MySQL/MariaDB, in a read-only session. In iHRIS 4 a person is in post while
/// <c>person_position.end_date</c> is blank (ihris.md §3.2), so <see cref="WorkerRole.Active"/> follows the dates.
/// </summary>
public sealed partial class HippoSqlSource : IWorkforceSource
{
    private readonly HippoSqlOptions _options;
    private readonly Pseudonymizer _pseudonymizer;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly string _connectionString;
    private readonly string _where;
    private IReadOnlyList<JobDefinition>? _jobs;

    public HippoSqlSource(HippoSqlOptions options, Pseudonymizer pseudonymizer, TimeProvider time, ILogger<HippoSqlSource> logger)
    {
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new IhrisSourceException(string.Join(Environment.NewLine, errors));
        }

        var builder = new MySqlConnectionStringBuilder(options.ConnectionString)
        {
            ConvertZeroDateTime = true,
            DefaultCommandTimeout = (uint)Math.Ceiling(options.CommandTimeout.TotalSeconds),
        };
        if (!string.IsNullOrEmpty(options.Password))
        {
            builder.Password = options.Password;
        }

        _options = options;
        _pseudonymizer = pseudonymizer;
        _time = time;
        _logger = logger;
        _connectionString = builder.ConnectionString;
        _where = $"{builder.Server}:{builder.Port}/{builder.Database}";
    }

    public string Description => $"iHRIS Manage 4 (hippo_*) {_where}";

    public SourceFindings Findings { get; } = new();

    public async IAsyncEnumerable<SourceFacility> ReadFacilitiesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in QueryAsync(HippoQueries.Facilities, "hippo_facility", cancellationToken))
        {
            var typeId = Text(row, "facility_type");
            var typeName = Text(row, "facility_type_name");
            yield return new SourceFacility(
                SourceSystem.Ihris,
                Text(row, "id")!,
                Text(row, "name") ?? Text(row, "id")!,
                typeName,
                FacilityTypeOf(typeId, typeName),
                Text(row, "region_name"),
                Text(row, "district_name"),
                null,
                new Dictionary<string, string>());
        }
    }

    public async Task<IReadOnlyList<JobDefinition>> ReadJobsAsync(CancellationToken cancellationToken)
    {
        if (_jobs is not null)
        {
            return _jobs;
        }

        var jobs = new List<JobDefinition>();
        await foreach (var row in QueryAsync(HippoQueries.Jobs, "hippo_job", cancellationToken))
        {
            jobs.Add(new JobDefinition(
                JobCode(Text(row, "code"), Text(row, "id"))!,
                Text(row, "title"),
                Text(row, "cadre"),
                Text(row, "cadre_name"),
                Text(row, "classification")));
        }

        return _jobs = jobs;
    }

    public async IAsyncEnumerable<WorkerRole> ReadRolesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var jobs = await ReadJobsAsync(cancellationToken);
        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        var inspector = new RoleInspector(Findings, jobs.Select(j => j.Code).ToHashSet(StringComparer.Ordinal), today);
        var count = 0;
        await foreach (var row in QueryAsync(HippoQueries.Roles, "hippo_person_position", cancellationToken))
        {
            var roleId = Text(row, "id")!;
            var person = Text(row, "parent");
            if (person is null or "|")
            {
                Findings.Add(SourceFindingKind.RoleWithoutWorker, roleId, $"Affectation {roleId} sans personne : ignorée", $"position assignment {roleId} has no person: left out");
                continue;
            }

            var end = Date(row, "end_date");
            var role = new WorkerRole(
                _pseudonymizer.Pseudonymize(PractitionerRoleMapper.SourceSystemName, person),
                roleId,
                Text(row, "facility"),
                JobCode(Text(row, "job_code"), Text(row, "job_id")),
                Text(row, "job_title"),
                Text(row, "cadre") ?? Text(row, "classification"),
                PractitionerTraits.SexOf(KeyOf(Text(row, "gender"))),
                Year(row, "birth_year"),
                EmploymentStatus.Unknown,
                Date(row, "start_date"),
                end,
                end is null || end >= today);
            inspector.Inspect(role);
            count++;
            yield return role;
        }

        inspector.Complete();
        LogRolesRead(_logger, count);
    }

    private async IAsyncEnumerable<IReadOnlyDictionary<string, object?>> QueryAsync(
        string sql,
        string table,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = new MySqlConnection(_connectionString);
        await using var reader = await OpenReaderAsync(connection, sql, table, cancellationToken);
        while (await ReadAsync(reader, table, cancellationToken))
        {
            var row = new Dictionary<string, object?>(reader.FieldCount, StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            yield return row;
        }
    }

    private async Task<DbDataReader> OpenReaderAsync(MySqlConnection connection, string sql, string table, CancellationToken cancellationToken)
    {
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using (var readOnly = new MySqlCommand("SET SESSION TRANSACTION READ ONLY", connection))
            {
                await readOnly.ExecuteNonQueryAsync(cancellationToken);
            }

            var command = new MySqlCommand(sql, connection);
            return await command.ExecuteReaderAsync(cancellationToken);
        }
        catch (MySqlException exception)
        {
            throw Failure(table, exception);
        }
    }

    private async Task<bool> ReadAsync(DbDataReader reader, string table, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadAsync(cancellationToken);
        }
        catch (MySqlException exception)
        {
            throw Failure(table, exception);
        }
    }

    private IhrisSourceException Failure(string table, MySqlException exception) => new(
        $"Lecture d'iHRIS 4 impossible ({_where}, table {table}) / cannot read iHRIS 4 ({_where}, table {table}): {exception.Message}",
        exception);

    private FacilityType FacilityTypeOf(string? typeId, string? typeName)
    {
        foreach (var key in new[] { typeId, KeyOf(typeId), typeName }.OfType<string>())
        {
            if (_options.FacilityTypeMap.TryGetValue(key, out var mapped))
            {
                return FacilityTypeLabels.FromCode(mapped);
            }
        }

        return KeyOf(typeId) is { } code ? FacilityTypeLabels.FromCode(code) : FacilityType.Unknown;
    }

    /// <summary>The key of a <c>form|key</c> id (<c>gender|F</c> → <c>F</c>).</summary>
    private static string? KeyOf(string? id) => id?[(id.IndexOf('|', StringComparison.Ordinal) + 1)..];

    private static string? JobCode(string? code, string? id) => code ?? id;

    private static string? Text(IReadOnlyDictionary<string, object?> row, string column) =>
        row.GetValueOrDefault(column)?.ToString() is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    private static int? Year(IReadOnlyDictionary<string, object?> row, string column) =>
        row.GetValueOrDefault(column) is IConvertible value && value.ToInt32(System.Globalization.CultureInfo.InvariantCulture) is var year and > 1800
            ? year
            : null;

    private static DateOnly? Date(IReadOnlyDictionary<string, object?> row, string column) =>
        row.GetValueOrDefault(column) is DateTime value && value > DateTime.MinValue ? DateOnly.FromDateTime(value) : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "iHRIS 4 : {Roles} affectations lues / position assignments read")]
    private static partial void LogRolesRead(ILogger logger, int roles);
}
