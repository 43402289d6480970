using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;
using Passerelle.Core.Storage;
using Passerelle.Core.Workforce;
using Passerelle.Warehouse.Database;

namespace Passerelle.Warehouse.Stores;

internal sealed class DimensionStore(WarehouseDatabase database) : IDimensionStore
{
    public Task UpsertAdministrativeUnitsAsync(IEnumerable<AdministrativeUnit> units, CancellationToken cancellationToken) =>
        database.ExecuteEachAsync(
            """
            INSERT INTO dim_admin_unit (code, name, admin_level, parent_code) VALUES ($1, $2, $3, $4)
            ON CONFLICT (code) DO UPDATE SET name = excluded.name, admin_level = excluded.admin_level, parent_code = excluded.parent_code
            """,
            units.Select(u => new object?[] { u.Code, u.Name, (int)u.Level, u.ParentCode }),
            cancellationToken);

    public async Task<IReadOnlyList<AdministrativeUnit>> ReadAdministrativeUnitsAsync(CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        return await session.ListAsync(
            "SELECT code, name, admin_level, parent_code FROM dim_admin_unit ORDER BY admin_level, code",
            [],
            r => new AdministrativeUnit(r.GetString(0), r.GetString(1), (AdministrativeLevel)r.GetInt32(2), r.GetNullableString(3)),
            cancellationToken).ConfigureAwait(false);
    }

    public Task UpsertFacilitiesAsync(IEnumerable<FacilityDimension> facilities, CancellationToken cancellationToken) =>
        database.ExecuteEachAsync(
            """
            INSERT INTO dim_facility (golden_id, name, facility_type, region_code, district_code, latitude, longitude)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (golden_id) DO UPDATE SET
                name = excluded.name, facility_type = excluded.facility_type, region_code = excluded.region_code,
                district_code = excluded.district_code, latitude = excluded.latitude, longitude = excluded.longitude
            """,
            facilities.Select(f => new object?[]
            {
                f.GoldenId, f.Name, f.Type.Code(), f.RegionCode, f.DistrictCode, f.Location?.Latitude, f.Location?.Longitude,
            }),
            cancellationToken);

    public async Task<IReadOnlyList<FacilityDimension>> ReadFacilitiesAsync(CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        return await session.ListAsync(
            "SELECT golden_id, name, facility_type, region_code, district_code, latitude, longitude FROM dim_facility ORDER BY golden_id",
            [],
            r => new FacilityDimension(
                r.GetString(0), r.GetString(1), FacilityTypeLabels.FromCode(r.GetString(2)), r.GetNullableString(3), r.GetNullableString(4),
                r.IsDBNull(5) || r.IsDBNull(6) ? null : new GeoPoint(r.GetDouble(5), r.GetDouble(6))),
            cancellationToken).ConfigureAwait(false);
    }

    public Task UpsertCadresAsync(IEnumerable<Cadre> cadres, CancellationToken cancellationToken) =>
        database.ExecuteEachAsync(
            """
            INSERT INTO dim_cadre (code, french, english, isco08, nhwa_group) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (code) DO UPDATE SET
                french = excluded.french, english = excluded.english, isco08 = excluded.isco08, nhwa_group = excluded.nhwa_group
            """,
            cadres.Select(c => new object?[] { c.Code, c.French, c.English, c.Isco08, c.NhwaGroup }),
            cancellationToken);

    public async Task<IReadOnlyList<Cadre>> ReadCadresAsync(CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        return await session.ListAsync(
            "SELECT code, french, english, isco08, nhwa_group FROM dim_cadre ORDER BY code",
            [],
            r => new Cadre(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetEnum<NhwaGroup>(4)),
            cancellationToken).ConfigureAwait(false);
    }

    public Task UpsertPeriodsAsync(IEnumerable<ReportingPeriod> periods, CancellationToken cancellationToken) =>
        database.ExecuteEachAsync(
            """
            INSERT INTO dim_period (code, period_type, start_date, end_date) VALUES ($1, $2, $3, $4)
            ON CONFLICT (code) DO UPDATE SET period_type = excluded.period_type, start_date = excluded.start_date, end_date = excluded.end_date
            """,
            periods.Select(p => new object?[] { p.Code, p.Type, p.Start, p.End }),
            cancellationToken);

    public async Task<IReadOnlyList<ReportingPeriod>> ReadPeriodsAsync(CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken).ConfigureAwait(false);
        return await session.ListAsync(
            "SELECT code, period_type, start_date, end_date FROM dim_period ORDER BY start_date, code",
            [],
            r => new ReportingPeriod(r.GetString(0), r.GetEnum<PeriodType>(1), r.GetDate(2), r.GetDate(3)),
            cancellationToken).ConfigureAwait(false);
    }
}
