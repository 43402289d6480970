using System.Globalization;
using Passerelle.Core.Facilities;
using Passerelle.Core.Workforce;
using Passerelle.DemoWorld.Model;
using Passerelle.DemoWorld.Naming;
using Passerelle.DemoWorld.Randomness;

namespace Passerelle.DemoWorld.Generation;

/// <summary>
/// Turns the staff of every facility iHRIS holds into fictional workers and PractitionerRoles, with what a
/// real extract shows: transfers (an ended role then a new one), departures, a few workers holding two
/// roles, a few roles without location or without job code.
/// </summary>
internal sealed class WorkforceBuilder(GenerationContext context)
{
    private readonly SeededRandom _random = SeededRandom.For(context.Seed, "workforce");
    private readonly HashSet<string> _nationalIds = new(StringComparer.Ordinal);
    private readonly List<DemoWorker> _workers = [];
    private readonly List<RoleDraft> _roles = [];

    public (IReadOnlyList<DemoWorker> Workers, IReadOnlyList<DemoRole> Roles) Build(IReadOnlyList<PlannedFacility> facilities)
    {
        var inIhris = facilities.Where(f => f.InIhris).ToList();
        var byDistrict = inIhris.Where(f => f.ClosedOn is null).GroupBy(f => f.District.Code).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var facility in inIhris)
        {
            foreach (var position in facility.Staff)
            {
                var worker = NewWorker(facility, position.CadreCode);
                var start = HireDate(worker, facility);
                _roles.Add(new RoleDraft(worker, facility, position.JobCode, EmploymentFor(facility, position.CadreCode), start));
            }
        }

        MoveStaffOfClosedFacilities(byDistrict);
        AddTransfers(byDistrict);
        AddDepartures();
        AddSecondRoles(byDistrict);
        DropSomeLocationsAndJobs();

        var roles = _roles.Select((r, i) => new DemoRole(
                $"PR{100001 + i}",
                r.Worker.Id,
                r.WithoutLocation ? null : r.Facility.IhrisId,
                r.WithoutJob ? null : r.JobCode,
                r.Employment,
                r.Start,
                r.End,
                r.End is null))
            .ToList();
        return (_workers, roles);
    }

    private void MoveStaffOfClosedFacilities(Dictionary<string, List<PlannedFacility>> byDistrict)
    {
        foreach (var role in _roles.Where(r => r.Facility.ClosedOn is not null).ToList())
        {
            var closedOn = role.Facility.ClosedOn!.Value;
            role.Start = role.Start < closedOn ? role.Start : closedOn.AddYears(-3);
            role.End = closedOn.AddDays(-1);
            if (byDistrict.TryGetValue(role.Facility.District.Code, out var open) && role.Facility.Type != FacilityType.CaseDeSante)
            {
                _roles.Add(role with { Facility = _random.Pick(open), Start = closedOn, End = null });
            }
        }
    }

    private void AddTransfers(Dictionary<string, List<PlannedFacility>> byDistrict)
    {
        foreach (var role in Choose(_roles.Where(r => r.End is null && IsProfessional(r)), 0.015))
        {
            var others = byDistrict[role.Facility.District.Code].Where(f => f != role.Facility).ToList();
            if (others.Count == 0)
            {
                continue;
            }

            var movedOn = TransferDate();
            var formerStart = role.Start < movedOn ? role.Start : movedOn.AddYears(-2);
            _roles.Add(role with { Facility = _random.Pick(others), Start = formerStart, End = movedOn.AddDays(-1) });
            role.Start = movedOn;
        }
    }

    private void AddDepartures()
    {
        var latest = context.Window.ReferenceDate.AddDays(-45);
        foreach (var role in Choose(_roles.Where(r => r.End is null && r.Start < latest), 0.01))
        {
            role.End = TransferDate(after: role.Start.AddDays(30));
        }
    }

    private void AddSecondRoles(Dictionary<string, List<PlannedFacility>> byDistrict)
    {
        var candidates = _roles.Where(r => r.End is null && JobCatalogue.TrueCadre(r.JobCode) is "MED" or "SFE" or "IDE");
        foreach (var role in Choose(candidates, 0.008))
        {
            var others = byDistrict[role.Facility.District.Code].Where(f => f != role.Facility).ToList();
            if (others.Count > 0)
            {
                _roles.Add(role with { Facility = _random.Pick(others), Start = TransferDate(), End = null });
            }
        }
    }

    private void DropSomeLocationsAndJobs()
    {
        foreach (var role in Choose(_roles, 0.004))
        {
            role.WithoutLocation = true;
        }

        foreach (var role in Choose(_roles.Where(r => !r.WithoutLocation), 0.004))
        {
            role.WithoutJob = true;
        }
    }

    private DemoWorker NewWorker(PlannedFacility facility, string cadre)
    {
        var sex = _random.Chance(FemaleShare(cadre)) ? Sex.Female : Sex.Male;
        var (youngest, oldest) = cadre switch
        {
            "MED" or "MEDSPE" or "PHA" => (29, 62),
            "ASC" or "MAT" => (20, 58),
            _ => (22, 60),
        };
        var reference = context.Window.ReferenceDate;
        var birth = reference.AddYears(-_random.Next(youngest, oldest + 1)).AddDays(-_random.Next(0, 365));
        var worker = new DemoWorker(
            $"P{100001 + _workers.Count}",
            PersonNames.Given(_random, sex),
            PersonNames.Family(_random, facility.Flavour),
            sex,
            birth,
            NationalId(sex),
            Phone());
        _workers.Add(worker);
        return worker;
    }

    private DateOnly HireDate(DemoWorker worker, PlannedFacility facility)
    {
        var earliest = worker.BirthDate.AddYears(22);
        if (facility.OpenedOn > earliest)
        {
            earliest = facility.OpenedOn;
        }

        var latest = context.Window.ReferenceDate.AddMonths(-1);
        if (earliest >= latest)
        {
            return earliest;
        }

        return earliest.AddDays(_random.Next(0, latest.DayNumber - earliest.DayNumber));
    }

    /// <summary>A date inside the window of service data (and after <paramref name="after"/>), before the reference date.</summary>
    private DateOnly TransferDate(DateOnly? after = null)
    {
        var first = after is { } floor && floor > context.Window.FirstDay ? floor : context.Window.FirstDay;
        var last = context.Window.ReferenceDate.AddDays(-15);
        return last <= first ? first : first.AddDays(_random.Next(0, last.DayNumber - first.DayNumber));
    }

    private EmploymentStatus EmploymentFor(PlannedFacility facility, string cadre)
    {
        if (!facility.IsPublic && facility.Type != FacilityType.CaseDeSante)
        {
            return EmploymentStatus.Other;
        }

        // The 2006-2009 special scheme put contract staff mostly in remote postes (senegal.md §3.1).
        var contract = 0.2 + (0.15 * facility.Profile.Remoteness);
        return cadre switch
        {
            "ASC" or "MAT" => _random.Chance(0.55) ? EmploymentStatus.Local : EmploymentStatus.Volunteer,
            "AI" or "ADM" => _random.PickWeighted([(EmploymentStatus.CivilServant, 0.4), (EmploymentStatus.Contract, 0.25), (EmploymentStatus.Local, 0.35)]),
            _ => _random.PickWeighted([(EmploymentStatus.CivilServant, 0.9 - contract), (EmploymentStatus.Contract, contract), (EmploymentStatus.Local, 0.1)]),
        };
    }

    private static double FemaleShare(string cadre) => cadre switch
    {
        "SFE" or "MAT" => 1.0,
        "MED" => 0.35,
        "MEDSPE" => 0.25,
        "IDE" => 0.55,
        "AI" => 0.6,
        "TSS" => 0.3,
        "PHA" => 0.45,
        "ASC" => 0.5,
        _ => 0.4,
    };

    private static bool IsProfessional(RoleDraft role) => JobCatalogue.TrueCadre(role.JobCode) is not ("ASC" or "MAT");

    private string NationalId(Sex sex)
    {
        while (true)
        {
            var digits = (sex == Sex.Female ? "2" : "1")
                + _random.Next(100, 1000).ToString(CultureInfo.InvariantCulture)
                + _random.Next(0, 1_000_000_000).ToString("D9", CultureInfo.InvariantCulture);
            if (_nationalIds.Add(digits))
            {
                return digits;
            }
        }
    }

    private string Phone()
    {
        var operatorDigit = _random.Pick(new[] { 0, 5, 6, 7, 8 });
        return string.Create(CultureInfo.InvariantCulture,
            $"+221 7{operatorDigit} {_random.Next(0, 1000):D3} {_random.Next(0, 100):D2} {_random.Next(0, 100):D2}");
    }

    private List<RoleDraft> Choose(IEnumerable<RoleDraft> candidates, double share)
    {
        var list = candidates.ToList();
        return list.Count == 0 ? [] : _random.Shuffled(list).Take(Math.Max(1, (int)Math.Round(list.Count * share))).ToList();
    }

    private sealed record RoleDraft(DemoWorker Worker, PlannedFacility Facility, string JobCode, EmploymentStatus Employment, DateOnly Start)
    {
        public DateOnly Start { get; set; } = Start;

        public DateOnly? End { get; set; }

        public bool WithoutLocation { get; set; }

        public bool WithoutJob { get; set; }
    }
}
