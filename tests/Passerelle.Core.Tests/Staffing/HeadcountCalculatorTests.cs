using Passerelle.Core.Staffing;
using Passerelle.Core.Workforce;

namespace Passerelle.Core.Tests.Staffing;

public sealed class HeadcountCalculatorTests
{
    [Fact]
    public void Count_WorkerWithTwoRolesInSameFacilityAndCadre_CountsOnce()
    {
        // Given one nurse holding two roles at the same poste, and a midwife
        var assignments = new[]
        {
            new StaffAssignment("w1", "PS-1", "IDE", Sex.Male, EmploymentStatus.CivilServant),
            new StaffAssignment("w1", "PS-1", "IDE", Sex.Male, EmploymentStatus.CivilServant),
            new StaffAssignment("w2", "PS-1", "SFE", Sex.Female, EmploymentStatus.Contract),
        };

        // When
        var counts = HeadcountCalculator.Count(assignments);

        // Then
        Assert.Equal(2, counts.Count);
        Assert.Equal(1, counts.Single(c => c.CadreCode == "IDE").Count);
        Assert.Equal(1, counts.Single(c => c.CadreCode == "SFE").Count);
    }

    [Fact]
    public void Count_DisaggregatesBySexAndStatus()
    {
        var assignments = new[]
        {
            new StaffAssignment("w1", "CS-1", "IDE", Sex.Male, EmploymentStatus.CivilServant),
            new StaffAssignment("w2", "CS-1", "IDE", Sex.Female, EmploymentStatus.CivilServant),
            new StaffAssignment("w3", "CS-1", "IDE", Sex.Female, EmploymentStatus.CivilServant),
            new StaffAssignment("w4", "CS-1", "IDE", Sex.Female, EmploymentStatus.Contract),
        };

        var counts = HeadcountCalculator.Count(assignments);

        Assert.Equal(1, counts.Single(c => c.Sex == Sex.Male).Count);
        Assert.Equal(2, counts.Single(c => c.Sex == Sex.Female && c.EmploymentStatus == EmploymentStatus.CivilServant).Count);
        Assert.Equal(4, HeadcountCalculator.ByFacilityAndCadre(counts)[("CS-1", "IDE")]);
    }
}
