using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;
using Passerelle.Core.Storage;
using Passerelle.Core.Workforce;
using Passerelle.Warehouse.Database;

namespace Passerelle.Warehouse.Stores;

internal sealed class StagingStore(WarehouseDatabase database, TimeProvider timeProvider) : IStagingStore
{
    private static readonly BulkTable SourceFacilityTable = new("staging_source_facility",
    [
        new("source", BulkType.Text), new("source_id", BulkType.Text), new("name", BulkType.Text),
        new("type_label", BulkType.Text), new("facility_type", BulkType.Text), new("region", BulkType.Text),
        new("district", BulkType.Text), new("latitude", BulkType.Double), new("longitude", BulkType.Double),
        new("codes_json", BulkType.Text), new("loaded_at", BulkType.Timestamp),
    ]);

    private static readonly BulkTable WorkerRoleTable = new("staging_worker_role",
    [
        new("source", BulkType.Text), new("worker_pseudonym", BulkType.Text), new("role_id", BulkType.Text),
        new("facility_source_id", BulkType.Text), new("job_code", BulkType.Text), new("job_title", BulkType.Text),
        new("cadre_code", BulkType.Text), new("sex", BulkType.Text), new("birth_year", BulkType.Int32),
        new("employment_status", BulkType.Text), new("start_date", BulkType.Date), new("end_date", BulkType.Date),
        new("active", BulkType.Boolean), new("loaded_at", BulkType.Timestamp),
    ]);

    private static readonly BulkTable RegistryTable = new("staging_registry_facility",
    [
        new("code", BulkType.Text), new("name", BulkType.Text), new("facility_type", BulkType.Text),
        new("region", BulkType.Text), new("district", BulkType.Text), new("latitude", BulkType.Double),
        new("longitude", BulkType.Double), new("catchment_population", BulkType.Int64), new("status", BulkType.Text),
        new("loaded_at", BulkType.Timestamp),
    ]);

    public async Task<long> ReplaceSourceFacilitiesAsync(SourceSystem source, IEnumerable<SourceFacility> facilities, CancellationToken cancellationToken)
    {
        var loadedAt = timeProvider.GetUtcNow();
        var rows = facilities.Select(f => new object?[]
        {
            source.ToString(), f.SourceId, f.Name, f.TypeLabel, f.Type.Code(), f.Region, f.District,
            f.Location?.Latitude, f.Location?.Longitude,
            JsonSerializer.Serialize(new SortedDictionary<string, string>(f.Codes.ToDictionary(), StringComparer.Ordinal)),
            loadedAt,
        });
        return await database.ReplaceAsync("DELETE FROM staging_source_facility WHERE source = $1", [source], SourceFacilityTable, rows.ToAsyncEnumerable(), cancellationToken)
            .ConfigureAwait(false);
    }

    public async IAsyncEnumerable<SourceFacility> ReadSourceFacilitiesAsync(SourceSystem source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        var query = session.QueryAsync(
            """
            SELECT source_id, name, type_label, facility_type, region, district, latitude, longitude, codes_json
            FROM staging_source_facility WHERE source = $1 ORDER BY source_id
            """,
            [source],
            r => new SourceFacility(
                source, r.GetString(0), r.GetString(1), r.GetNullableString(2), FacilityTypeLabels.FromCode(r.GetString(3)),
                r.GetNullableString(4), r.GetNullableString(5), ReadPoint(r, 6),
                JsonSerializer.Deserialize<Dictionary<string, string>>(r.GetString(8)) ?? []),
            cancellationToken);
        await foreach (var facility in query.ConfigureAwait(false))
        {
            yield return facility;
        }
    }

    public async Task<long> ReplaceWorkerRolesAsync(SourceSystem source, IAsyncEnumerable<WorkerRole> roles, CancellationToken cancellationToken)
    {
        var loadedAt = timeProvider.GetUtcNow();
        var rows = roles.Select(w => new object?[]
        {
            source.ToString(), w.WorkerPseudonym, w.RoleId, w.FacilitySourceId, w.JobCode, w.JobTitle, w.CadreCode,
            w.Sex.ToString(), w.BirthYear, w.EmploymentStatus.ToString(), w.Start, w.End, w.Active, loadedAt,
        });
        return await database.ReplaceAsync("DELETE FROM staging_worker_role WHERE source = $1", [source], WorkerRoleTable, rows, cancellationToken)
            .ConfigureAwait(false);
    }

    public IAsyncEnumerable<WorkerRole> ReadWorkerRolesAsync(SourceSystem source, CancellationToken cancellationToken) =>
        WorkerRolesAsync(source, " ORDER BY role_id, worker_pseudonym", cancellationToken);

    public IAsyncEnumerable<WorkerRole> StreamWorkerRolesAsync(SourceSystem source, CancellationToken cancellationToken) =>
        WorkerRolesAsync(source, string.Empty, cancellationToken);

    private async IAsyncEnumerable<WorkerRole> WorkerRolesAsync(SourceSystem source, string orderBy, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        var query = session.QueryAsync(
            """
            SELECT worker_pseudonym, role_id, facility_source_id, job_code, job_title, cadre_code, sex, birth_year,
                   employment_status, start_date, end_date, active
            FROM staging_worker_role WHERE source = $1
            """ + orderBy,
            [source],
            r => new WorkerRole(
                r.GetString(0), r.GetString(1), r.GetNullableString(2), r.GetNullableString(3), r.GetNullableString(4),
                r.GetNullableString(5), r.GetEnum<Sex>(6), r.GetNullableInt32(7), r.GetEnum<EmploymentStatus>(8),
                r.GetNullableDate(9), r.GetNullableDate(10), r.GetBoolean(11)),
            cancellationToken);
        await foreach (var role in query.ConfigureAwait(false))
        {
            yield return role;
        }
    }

    public async Task<long> PurgeStagingOlderThanAsync(TimeSpan age, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(age, TimeSpan.Zero);
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        return await session.ExecuteAsync(
            "DELETE FROM staging_worker_role WHERE loaded_at < $1", [timeProvider.GetUtcNow() - age], cancellationToken).ConfigureAwait(false);
    }

    public async Task<long> ReplaceRegistryFacilitiesAsync(IEnumerable<RegistryFacility> facilities, CancellationToken cancellationToken)
    {
        var loadedAt = timeProvider.GetUtcNow();
        var rows = facilities.Select(f => new object?[]
        {
            f.Code, f.Name, f.Type.Code(), f.Region, f.District, f.Location?.Latitude, f.Location?.Longitude,
            f.CatchmentPopulation, f.Status.ToString(), loadedAt,
        });
        return await database.ReplaceAsync("DELETE FROM staging_registry_facility", [], RegistryTable, rows.ToAsyncEnumerable(), cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<RegistryFacility>> ReadRegistryFacilitiesAsync(CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        return await session.ListAsync(
            """
            SELECT code, name, facility_type, region, district, latitude, longitude, catchment_population, status
            FROM staging_registry_facility ORDER BY code
            """,
            [],
            r => new RegistryFacility(
                r.GetString(0), r.GetString(1), FacilityTypeLabels.FromCode(r.GetString(2)), r.GetNullableString(3),
                r.GetNullableString(4), ReadPoint(r, 5), r.GetNullableInt64(7), r.GetEnum<RegistryFacilityStatus>(8)),
            cancellationToken).ConfigureAwait(false);
    }

    public Task AddQuarantineRowsAsync(IEnumerable<QuarantineRow> rows, CancellationToken cancellationToken) =>
        database.ExecuteEachAsync(
            """
            INSERT INTO quarantine_row (run_id, file, row_number, column_name, reason, raw_line_hash, recorded_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            """,
            rows.Select(row => new object?[] { row.RunId, row.File, row.Row, row.Column, row.Reason, row.RawLineHash, row.At }),
            cancellationToken);

    public async Task<IReadOnlyList<QuarantineRow>> ReadQuarantineAsync(string? file, CancellationToken cancellationToken)
    {
        const string Columns = "SELECT run_id, file, row_number, column_name, reason, raw_line_hash, recorded_at FROM quarantine_row";
        const string Order = " ORDER BY file, row_number, column_name";
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        return await session.ListAsync(
            file is null ? Columns + Order : Columns + " WHERE file = $1" + Order,
            file is null ? [] : [file],
            r => new QuarantineRow(
                r.IsDBNull(0) ? null : r.GetGuidText(0), r.GetString(1), r.GetInt64(2), r.GetNullableString(3), r.GetString(4),
                r.GetString(5), r.GetUtc(6)),
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> TryRecordImportAsync(ImportRecord import, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        var inserted = await session.ExecuteAsync(
            """
            INSERT INTO import_ledger (content_hash, file_name, kind, row_count, imported_at) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (content_hash) DO NOTHING
            """,
            [import.ContentHash, import.FileName, import.Kind, import.RowCount, import.ImportedAt],
            cancellationToken).ConfigureAwait(false);
        return inserted == 1;
    }

    public async Task<ImportRecord?> FindImportAsync(string contentHash, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        var found = await session.ListAsync(
            "SELECT content_hash, file_name, kind, row_count, imported_at FROM import_ledger WHERE content_hash = $1",
            [contentHash],
            r => new ImportRecord(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetUtc(4)),
            cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public Task AddSourceFindingsAsync(IEnumerable<SourceFindingRow> findings, CancellationToken cancellationToken) =>
        database.ExecuteEachAsync(
            """
            INSERT INTO source_finding (run_id, source, location, code, message_fr, message_en, recorded_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            """,
            findings.Select(f => new object?[] { f.RunId, f.Source, f.Where, f.Code, f.French, f.English, f.At }),
            cancellationToken);

    public async Task<IReadOnlyList<SourceFindingRow>> ReadSourceFindingsAsync(Guid? runId, CancellationToken cancellationToken)
    {
        const string Columns = "SELECT run_id, source, location, code, message_fr, message_en, recorded_at FROM source_finding";
        const string Order = " ORDER BY source, code, location";
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        return await session.ListAsync(
            runId is null ? Columns + Order : Columns + " WHERE run_id = $1" + Order,
            runId is null ? [] : [runId.Value],
            r => new SourceFindingRow(r.GetGuidText(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetUtc(6)),
            cancellationToken).ConfigureAwait(false);
    }

    private static GeoPoint? ReadPoint(DbDataReader reader, int latitudeOrdinal) =>
        reader.IsDBNull(latitudeOrdinal) || reader.IsDBNull(latitudeOrdinal + 1)
            ? null
            : new GeoPoint(reader.GetDouble(latitudeOrdinal), reader.GetDouble(latitudeOrdinal + 1));
}
