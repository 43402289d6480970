using Passerelle.Core.Norms;
using Passerelle.Core.Staffing;
using Passerelle.Core.Storage;
using Passerelle.Core.Workforce;

namespace Passerelle.Sync.Analysis;

/// <summary>
/// The staffing analysis fed one role at a time, as the warehouse streams them, so the workforce is never held whole:
/// the roles in post on the reference date are counted as they come (<see cref="HeadcountTally"/>), each worker kept as a
/// 64-bit key (<see cref="WorkerKey"/>), never as its pseudonym or its role.
/// </summary>
/// <param name="facilityOfRole">Source facility id of a role → golden facility id (accepted links only).</param>
/// <param name="cadreOfJob">Source job code → national cadre code (accepted mappings only).</param>
public sealed class StaffingTally(DateOnly referenceDate, IReadOnlyDictionary<string, string> facilityOfRole, IReadOnlyDictionary<string, string> cadreOfJob)
{
    private readonly HeadcountTally _headcounts = new();
    private readonly Dictionary<ulong, int> _rolesOfWorker = [];
    private readonly HashSet<ulong> _workersCounted = [];
    private int _unknownFacility;
    private int _unmappedJob;
    private int _withoutFacility;

    /// <summary>Roles given so far, in post or not.</summary>
    public long RolesRead { get; private set; }

    public void Add(WorkerRole role)
    {
        ArgumentNullException.ThrowIfNull(role);
        RolesRead++;
        if (!role.IsInPostOn(referenceDate))
        {
            return;
        }

        var worker = WorkerKey.Of(role.WorkerPseudonym);
        _rolesOfWorker[worker] = _rolesOfWorker.GetValueOrDefault(worker) + 1;
        if (string.IsNullOrWhiteSpace(role.FacilitySourceId))
        {
            _withoutFacility++;
        }

        if (role.FacilitySourceId is null || !facilityOfRole.TryGetValue(role.FacilitySourceId, out var facility))
        {
            _unknownFacility++;
            return;
        }

        var cadre = role.CadreCode is { } stated && NationalCadres.ByCode(stated) is { } known
            ? known.Code
            : role.JobCode is not null && cadreOfJob.TryGetValue(role.JobCode, out var mapped) ? mapped : null;
        if (cadre is null)
        {
            _unmappedJob++;
            return;
        }

        _headcounts.Add(role.WorkerPseudonym, facility, cadre, role.Sex, role.EmploymentStatus);
        _workersCounted.Add(worker);
    }

    /// <summary>Headcounts by facility × cadre × sex × status, norm compliance and the staffing indicators.</summary>
    public StaffingResult Result(string period, IReadOnlyList<FacilityDimension> facilities, IReadOnlySet<string> closedFacilities, IReadOnlyList<StaffingNorm> norms) =>
        StaffingAnalysis.Conclude(period, referenceDate, facilities, closedFacilities, norms, _headcounts.Headcounts(), _workersCounted.Count,
            _unknownFacility, _unmappedJob, _rolesOfWorker.Count(kv => kv.Value > 1), _withoutFacility);
}
