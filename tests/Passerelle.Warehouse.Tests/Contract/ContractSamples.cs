using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;
using Passerelle.Core.Workforce;

namespace Passerelle.Warehouse.Tests.Contract;

/// <summary>Small, hand-made inputs shared by the contract tests (no personal data: pseudonyms only).</summary>
internal static class ContractSamples
{
    public static SourceFacility Facility(SourceSystem source, string id, string name, GeoPoint? location = null) =>
        new(source, id, name, "Poste de santé", FacilityType.PosteDeSante, "DAKAR", "PIKINE", location,
            new Dictionary<string, string> { [FacilityCodeKinds.Registry] = "REG-" + id });

    public static WorkerRole Role(string pseudonym, string roleId, string? facility = "F1") =>
        new(pseudonym, roleId, facility, "SFE01", "Sage-femme d'État", "SFE", Sex.Female, 1988,
            EmploymentStatus.CivilServant, new DateOnly(2015, 3, 1), null, true);
}
