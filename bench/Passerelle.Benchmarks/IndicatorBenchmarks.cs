using BenchmarkDotNet.Attributes;
using Passerelle.Core.Norms;
using Passerelle.Core.Staffing;
using Passerelle.Core.Workforce;
using Passerelle.HealthMap.Norms;

namespace Passerelle.Benchmarks;

/// <summary>Headcount and norm compliance for every facility of the national world.</summary>
[MemoryDiagnoser]
public class IndicatorBenchmarks
{
    private static readonly DateOnly ReferenceDate = new(2026, 10, 31);
    private List<StaffAssignment> _assignments = [];
    private List<(string Id, Core.Facilities.FacilityType Type)> _facilities = [];
    private IReadOnlyList<StaffingNorm> _norms = [];

    [GlobalSetup]
    public void Setup()
    {
        var world = NationalWorld.Model;
        var cadreByJob = world.Jobs.ToDictionary(j => j.Code, j => j.CadreCode ?? "ADM");
        var sexByWorker = world.Workers.ToDictionary(w => w.Id, w => w.Sex);
        _assignments = world.Roles
            .Where(r => r.Active && r.LocationId is not null && r.JobCode is not null && r.End is null)
            .Select(r => new StaffAssignment(r.WorkerId, r.LocationId!, cadreByJob.GetValueOrDefault(r.JobCode!, "ADM"), sexByWorker[r.WorkerId], r.EmploymentStatus))
            .ToList();
        _facilities = world.Facilities.Select(f => (f.IhrisLocationId ?? f.GoldenId, f.Type)).ToList();
        _norms = NormsCatalogue.Demo.For(ReferenceDate).StaffingNorms;
    }

    [Benchmark(Baseline = true)]
    public int Headcount() => HeadcountCalculator.Count(_assignments).Count;

    /// <summary>Headcount by facility and cadre, then each facility against its type's norm.</summary>
    [Benchmark]
    public int HeadcountAndCompliance()
    {
        var counts = HeadcountCalculator.ByFacilityAndCadre(HeadcountCalculator.Count(_assignments));
        var calculator = new NormComplianceCalculator(_norms);
        var meeting = 0;
        foreach (var (id, type) in _facilities)
        {
            if (calculator.Check(id, type, ReferenceDate, counts) is { MeetsNorm: true })
            {
                meeting++;
            }
        }

        return meeting;
    }
}
