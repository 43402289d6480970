using Passerelle.Core.Geography;
using Passerelle.Core.Workforce;

namespace Passerelle.Core.Storage;

/// <summary>The dimensions facts and results refer to. Upserts replace a row with the same key.</summary>
public interface IDimensionStore
{
    Task UpsertAdministrativeUnitsAsync(IEnumerable<AdministrativeUnit> units, CancellationToken cancellationToken);

    /// <summary>Regions and districts, ordered by level then code.</summary>
    Task<IReadOnlyList<AdministrativeUnit>> ReadAdministrativeUnitsAsync(CancellationToken cancellationToken);

    Task UpsertFacilitiesAsync(IEnumerable<FacilityDimension> facilities, CancellationToken cancellationToken);

    Task<IReadOnlyList<FacilityDimension>> ReadFacilitiesAsync(CancellationToken cancellationToken);

    Task UpsertCadresAsync(IEnumerable<Cadre> cadres, CancellationToken cancellationToken);

    Task<IReadOnlyList<Cadre>> ReadCadresAsync(CancellationToken cancellationToken);

    Task UpsertPeriodsAsync(IEnumerable<ReportingPeriod> periods, CancellationToken cancellationToken);

    Task<IReadOnlyList<ReportingPeriod>> ReadPeriodsAsync(CancellationToken cancellationToken);
}
