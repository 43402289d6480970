using Passerelle.Core.Norms;
using Passerelle.Core.Staffing;
using Passerelle.Core.Storage;
using Passerelle.Core.Workforce;

namespace Passerelle.Sync.Analysis;

/// <summary>
/// The staffing analysis fed one role at a time, as the warehouse streams them, so the workforce is never held whole:
/// only the roles in post on the reference date are kept, as small assignments (a pseudonym, and facility and cadre strings
/// shared between roles). One million roles cost about a hundred bytes each instead of the full role.
/// </summary>
/// <param name="facilityOfRole">Source facility id of a role → golden facility id (accepted links only).</param>
/// <param name="cadreOfJob">Source job code → national cadre code (accepted mappings only).</param>
public sealed class StaffingTally(DateOnly referenceDate, IReadOnlyDictionary<string, string> facilityOfRole, IReadOnlyDictionary<string, string> cadreOfJob)
{
    private readonly List<StaffAssignment> _assignments = [];
    private readonly Dictionary<string, int> _rolesOfWorker = new(StringComparer.Ordinal);
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

        _rolesOfWorker[role.WorkerPseudonym] = _rolesOfWorker.GetValueOrDefault(role.WorkerPseudonym) + 1;
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

        _assignments.Add(new StaffAssignment(role.WorkerPseudonym, facility, cadre, role.Sex, role.EmploymentStatus));
    }

    /// <summary>Headcounts by facility × cadre × sex × status, norm compliance and the staffing indicators.</summary>
    public StaffingResult Result(string period, IReadOnlyList<FacilityDimension> facilities, IReadOnlySet<string> closedFacilities, IReadOnlyList<StaffingNorm> norms) =>
        StaffingAnalysis.Conclude(period, referenceDate, facilities, closedFacilities, norms, _assignments,
            _unknownFacility, _unmappedJob, _rolesOfWorker.Count(kv => kv.Value > 1), _withoutFacility);
}
