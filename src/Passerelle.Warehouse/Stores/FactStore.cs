using System.Runtime.CompilerServices;
using Passerelle.Core.Facilities;
using Passerelle.Core.Norms;
using Passerelle.Core.Storage;
using Passerelle.Core.Workforce;
using Passerelle.Warehouse.Database;

namespace Passerelle.Warehouse.Stores;

internal sealed class FactStore(WarehouseDatabase database) : IFactStore
{
    private static readonly BulkTable StaffTable = new("fact_staff",
    [
        new("period", BulkType.Text), new("snapshot_date", BulkType.Date), new("facility_id", BulkType.Text),
        new("cadre_code", BulkType.Text), new("sex", BulkType.Text), new("employment_status", BulkType.Text),
        new("headcount", BulkType.Int32),
    ]);

    private static readonly BulkTable ServiceVolumeTable = new("fact_service_volume",
    [
        new("data_element_code", BulkType.Text), new("period", BulkType.Text), new("facility_id", BulkType.Text),
        new("volume", BulkType.Double),
    ]);

    private static readonly BulkTable StaffingNormTable = new("norm_staffing",
    [
        new("version", BulkType.Text), new("valid_from", BulkType.Date), new("valid_to", BulkType.Date),
        new("facility_type", BulkType.Text), new("cadre_code", BulkType.Text), new("minimum_headcount", BulkType.Int32),
        new("is_assumption", BulkType.Boolean), new("source", BulkType.Text),
    ]);

    private static readonly BulkTable CoverageNormTable = new("norm_coverage",
    [
        new("version", BulkType.Text), new("code", BulkType.Text), new("facility_type", BulkType.Text),
        new("cadre_code", BulkType.Text), new("norm_value", BulkType.Double), new("unit", BulkType.Text),
        new("valid_from", BulkType.Date), new("valid_to", BulkType.Date), new("source", BulkType.Text),
    ]);

    public Task<long> ReplaceStaffSnapshotAsync(string period, IAsyncEnumerable<StaffCount> counts, CancellationToken cancellationToken) =>
        database.ReplaceAsync(
            "DELETE FROM fact_staff WHERE period = $1",
            [period],
            StaffTable,
            counts.Select(c => new object?[]
            {
                PeriodGuard.Require(period, c.Period), c.SnapshotDate, c.FacilityId, c.CadreCode, c.Sex.ToString(),
                c.EmploymentStatus.ToString(), c.Headcount,
            }),
            cancellationToken);

    public async IAsyncEnumerable<StaffCount> ReadStaffSnapshotAsync(string period, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        var query = session.QueryAsync(
            """
            SELECT period, snapshot_date, facility_id, cadre_code, sex, employment_status, headcount
            FROM fact_staff WHERE period = $1 ORDER BY facility_id, cadre_code, sex, employment_status
            """,
            [period],
            r => new StaffCount(
                r.GetString(0), r.GetDate(1), r.GetString(2), r.GetString(3), r.GetEnum<Sex>(4), r.GetEnum<EmploymentStatus>(5), r.GetInt32(6)),
            cancellationToken);
        await foreach (var count in query.ConfigureAwait(false))
        {
            yield return count;
        }
    }

    public Task<long> ReplaceServiceVolumesAsync(string period, IAsyncEnumerable<ServiceVolume> volumes, CancellationToken cancellationToken) =>
        database.ReplaceAsync(
            "DELETE FROM fact_service_volume WHERE period = $1",
            [period],
            ServiceVolumeTable,
            volumes.Select(v => new object?[] { v.DataElementCode, PeriodGuard.Require(period, v.Period), v.FacilityId, v.Value }),
            cancellationToken);

    public async IAsyncEnumerable<ServiceVolume> ReadServiceVolumesAsync(string period, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        var query = session.QueryAsync(
            """
            SELECT data_element_code, period, facility_id, volume
            FROM fact_service_volume WHERE period = $1 ORDER BY data_element_code, facility_id
            """,
            [period],
            r => new ServiceVolume(r.GetString(0), r.GetString(1), r.GetString(2), r.GetDouble(3)),
            cancellationToken);
        await foreach (var volume in query.ConfigureAwait(false))
        {
            yield return volume;
        }
    }

    public Task ReplaceStaffingNormsAsync(string version, IEnumerable<StaffingNorm> norms, CancellationToken cancellationToken) =>
        database.ReplaceAsync(
            "DELETE FROM norm_staffing WHERE version = $1",
            [version],
            StaffingNormTable,
            norms.Select(n => new object?[]
            {
                VersionGuard(version, n.Version), n.ValidFrom, n.ValidTo, n.FacilityType.Code(), n.CadreCode, n.MinimumHeadcount,
                n.IsAssumption, n.Source,
            }).ToAsyncEnumerable(),
            cancellationToken);

    public async Task<IReadOnlyList<StaffingNorm>> ReadStaffingNormsAsync(CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        return await session.ListAsync(
            """
            SELECT version, valid_from, valid_to, facility_type, cadre_code, minimum_headcount, is_assumption, source
            FROM norm_staffing ORDER BY version, facility_type, cadre_code, valid_from
            """,
            [],
            r => new StaffingNorm(
                r.GetString(0), r.GetDate(1), r.GetNullableDate(2), FacilityTypeLabels.FromCode(r.GetString(3)), r.GetString(4),
                r.GetInt32(5), r.GetBoolean(6), r.GetString(7)),
            cancellationToken).ConfigureAwait(false);
    }

    public Task ReplaceCoverageNormsAsync(string version, IEnumerable<CoverageNorm> norms, CancellationToken cancellationToken) =>
        database.ReplaceAsync(
            "DELETE FROM norm_coverage WHERE version = $1",
            [version],
            CoverageNormTable,
            norms.Select(n => new object?[]
            {
                VersionGuard(version, n.Version), n.Code, n.FacilityType.Code(), n.CadreCode, n.Value, n.Unit, n.ValidFrom, n.ValidTo,
                n.Source,
            }).ToAsyncEnumerable(),
            cancellationToken);

    public async Task<IReadOnlyList<CoverageNorm>> ReadCoverageNormsAsync(CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        return await session.ListAsync(
            """
            SELECT version, code, facility_type, cadre_code, norm_value, unit, valid_from, valid_to, source
            FROM norm_coverage ORDER BY version, code, facility_type, cadre_code, valid_from
            """,
            [],
            r => new CoverageNorm(
                r.GetString(0), r.GetString(1), FacilityTypeLabels.FromCode(r.GetString(2)), r.GetNullableString(3), r.GetDouble(4),
                r.GetString(5), r.GetDate(6), r.GetNullableDate(7), r.GetString(8)),
            cancellationToken).ConfigureAwait(false);
    }

    public Task UpsertPopulationAsync(IEnumerable<PopulationEstimate> estimates, CancellationToken cancellationToken) =>
        database.ExecuteEachAsync(
            """
            INSERT INTO fact_population (unit_code, population_year, total, women_15_49) VALUES ($1, $2, $3, $4)
            ON CONFLICT (unit_code, population_year) DO UPDATE SET total = excluded.total, women_15_49 = excluded.women_15_49
            """,
            estimates.Select(e => new object?[] { e.UnitCode, e.Year, e.Total, e.WomenAged15To49 }),
            cancellationToken);

    public async Task<IReadOnlyList<PopulationEstimate>> ReadPopulationAsync(int? year, CancellationToken cancellationToken)
    {
        const string Select = "SELECT unit_code, population_year, total, women_15_49 FROM fact_population";
        const string Order = " ORDER BY unit_code, population_year";
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        return await session.ListAsync(
            year is null ? Select + Order : Select + " WHERE population_year = $1" + Order,
            year is null ? [] : [year.Value],
            r => new PopulationEstimate(r.GetString(0), r.GetInt32(1), r.GetInt64(2), r.GetNullableInt64(3)),
            cancellationToken).ConfigureAwait(false);
    }

    private static string VersionGuard(string expected, string actual) =>
        expected == actual
            ? actual
            : throw new ArgumentException(
                $"Norme de l'édition '{actual}' dans le remplacement de l'édition '{expected}' / norm of edition '{actual}' in a replacement of edition '{expected}'.");
}
