using Passerelle.Core.Facilities;
using Passerelle.Core.Workforce;
using Passerelle.DemoWorld.Model;

namespace Passerelle.DemoWorld.Tests.Generation;

public sealed class WorkforceTests
{
    private static readonly DemoWorldModel World = DemoWorlds.Default;

    [Fact]
    public void EveryRole_BelongsToAnExistingWorker()
    {
        var workers = World.Workers.Select(w => w.Id).ToHashSet();

        Assert.All(World.Roles, r => Assert.Contains(r.WorkerId, workers));
        Assert.Equal(World.Roles.Count, World.Roles.Select(r => r.Id).Distinct().Count());
        Assert.Equal(World.Workers.Count, World.Workers.Select(w => w.Id).Distinct().Count());
    }

    [Fact]
    public void Roles_PointToIhrisFacilitiesAndJobsThatExist()
    {
        var facilities = World.IhrisLocations.Where(l => l.IsFacility).Select(l => l.Id).ToHashSet();
        var jobs = World.Jobs.Select(j => j.Code).ToHashSet();

        Assert.All(World.Roles.Where(r => r.LocationId is not null), r => Assert.Contains(r.LocationId!, facilities));
        Assert.All(World.Roles.Where(r => r.JobCode is not null), r => Assert.Contains(r.JobCode!, jobs));
    }

    [Fact]
    public void Jobs_UseNationalCadresAndSomeNeedMapping()
    {
        Assert.All(World.Jobs.Where(j => j.CadreCode is not null), j => Assert.NotNull(NationalCadres.ByCode(j.CadreCode!)));
        var unmapped = World.Jobs.Where(j => j.CadreCode is null).Select(j => j.Display).ToList();
        Assert.Contains("Infirmier chef de poste", unmapped);
        Assert.Contains("Sage-femme principale", unmapped);
        Assert.Contains("Agent de santé", unmapped);
        Assert.Contains(World.Roles, r => r.JobCode is not null && World.Jobs.First(j => j.Code == r.JobCode).CadreCode is null);
    }

    [Fact]
    public void Workers_HavePlausiblePersonalData()
    {
        Assert.All(World.Workers, w =>
        {
            Assert.Matches("^[12][0-9]{12}$", w.NationalId);
            Assert.Matches(@"^\+221 7[05678] [0-9]{3} [0-9]{2} [0-9]{2}$", w.Phone);
            Assert.InRange(w.BirthDate, new DateOnly(1960, 1, 1), new DateOnly(2006, 12, 31));
            Assert.False(string.IsNullOrWhiteSpace(w.GivenName));
            Assert.False(string.IsNullOrWhiteSpace(w.FamilyName));
        });
        Assert.Equal(World.Workers.Count, World.Workers.Select(w => w.NationalId).Distinct().Count());
    }

    [Fact]
    public void Midwives_AreAllWomen()
    {
        var sexOf = World.Workers.ToDictionary(w => w.Id, w => w.Sex);
        var midwifeJobs = new[] { "2222-01", "2222-02" };

        var midwives = World.Roles.Where(r => midwifeJobs.Contains(r.JobCode)).ToList();

        Assert.NotEmpty(midwives);
        Assert.All(midwives, r => Assert.Equal(Sex.Female, sexOf[r.WorkerId]));
        Assert.Contains(World.Workers, w => w.Sex == Sex.Male);
    }

    [Fact]
    public void Roles_HaveTheThreeEmploymentStatuses()
    {
        var statuses = World.Roles.Select(r => r.EmploymentStatus).ToHashSet();

        Assert.Contains(EmploymentStatus.CivilServant, statuses);
        Assert.Contains(EmploymentStatus.Contract, statuses);
        Assert.Contains(EmploymentStatus.Local, statuses);
    }

    [Fact]
    public void Roles_ShowWhatRealExtractsShow()
    {
        // Ended roles, roles without location or job, and workers holding two roles at once.
        Assert.Contains(World.Roles, r => r is { Active: false, End: not null });
        Assert.All(World.Roles, r => Assert.Equal(r.End is null, r.Active));
        Assert.All(World.Roles.Where(r => r.End is not null), r => Assert.True(r.Start <= r.End, r.Id));
        Assert.Contains(World.Roles, r => r.LocationId is null);
        Assert.Contains(World.Roles, r => r.JobCode is null);
        Assert.Contains(World.Roles.Where(r => r.Active).GroupBy(r => r.WorkerId), g => g.Count() > 1);
    }

    [Fact]
    public void ManyRuralPostes_LackAMidwife_WhileDakarHasASurplus()
    {
        // Given
        var postes = World.Facilities.Where(f => f.Type == FacilityType.PosteDeSante && f.IhrisLocationId is not null).ToList();
        var midwivesAt = World.Roles.Where(r => r.Active && r.JobCode is "2222-01" or "2222-02" && r.LocationId is not null)
            .GroupBy(r => r.LocationId!).ToDictionary(g => g.Key, g => g.Count());
        double ShareWithMidwife(string region) =>
            postes.Where(p => p.RegionCode == region).Count(p => midwivesAt.GetValueOrDefault(p.IhrisLocationId!) > 0)
            / (double)postes.Count(p => p.RegionCode == region);
        double MidwivesPerPoste(string region) =>
            postes.Where(p => p.RegionCode == region).Sum(p => midwivesAt.GetValueOrDefault(p.IhrisLocationId!))
            / (double)postes.Count(p => p.RegionCode == region);

        // Then
        Assert.True(ShareWithMidwife("SN-TC") < 0.6, $"Tambacounda: {ShareWithMidwife("SN-TC"):P0}");
        Assert.True(ShareWithMidwife("SN-DK") > 0.85, $"Dakar: {ShareWithMidwife("SN-DK"):P0}");
        Assert.True(MidwivesPerPoste("SN-DK") > 1.2, $"Dakar: {MidwivesPerPoste("SN-DK"):F2}");
    }

    [Fact]
    public void Centres_HaveADoctor()
    {
        var doctorJobs = World.Jobs.Where(j => j.CadreCode is "MED" or "MEDSPE").Select(j => j.Code).ToHashSet();
        var withDoctor = World.Roles.Where(r => r.Active && r.JobCode is not null && doctorJobs.Contains(r.JobCode) && r.LocationId is not null)
            .Select(r => r.LocationId!).ToHashSet();
        var centres = World.Facilities.Where(f => f.Type is FacilityType.CentreDeSanteType1 or FacilityType.CentreDeSanteType2 && f.IhrisLocationId is not null).ToList();

        Assert.True(centres.Count(c => withDoctor.Contains(c.IhrisLocationId!)) >= centres.Count * 0.9);
    }
}
