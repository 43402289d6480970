using Passerelle.Core.Facilities;
using Passerelle.Core.Geography;
using Passerelle.DemoWorld.Generation;
using Passerelle.DemoWorld.Identifiers;
using Passerelle.DemoWorld.Model;
using Passerelle.DemoWorld.Randomness;
using Passerelle.DemoWorld.Reference;

namespace Passerelle.DemoWorld;

/// <summary>
/// Generates the Senegal demo world: the real regions, health districts and ANSD populations (embedded from
/// the reference pack), and invented facilities, health workers and service data, as the Carte sanitaire,
/// DHIS2 and iHRIS each hold them. The same options always give the same world, to the byte.
/// </summary>
/// <example>
/// <code>
/// var world = DemoWorldGenerator.Generate(DemoWorldOptions.Default);
/// var national = DemoWorldGenerator.Generate(DemoWorldOptions.Default with
/// {
///     RegionCodes = DemoWorldGenerator.AllRegionCodes,
///     Scale = DemoWorldScale.Complete,
/// });
/// </code>
/// </example>
public static class DemoWorldGenerator
{
    /// <summary>The ISO 3166-2 codes of the 14 regions, SN-DK (Dakar) to SN-ZG (Ziguinchor).</summary>
    public static IReadOnlyList<string> AllRegionCodes => SenegalReference.Instance.Regions.Select(r => r.Code).ToList();

    /// <exception cref="ArgumentException">An unknown region code, no region, or a bad period or month count.</exception>
    public static DemoWorldModel Generate(DemoWorldOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var reference = SenegalReference.Instance;
        var window = GenerationWindow.From(options.LastPeriod, options.Months);
        var regions = ResolveRegions(reference, options.RegionCodes);
        var districts = reference.Districts.Where(d => regions.Any(r => r.Code == d.RegionCode)).ToList();
        var layout = new DistrictLayout(reference, districts, SeededRandom.For(options.Seed, "layout"));
        var context = new GenerationContext(options, reference, regions, districts, window, layout);

        var planner = new FacilityPlanner(context);
        var facilities = districts.SelectMany(planner.Plan).ToList();
        DivergencePlanner.Apply(facilities, window, SeededRandom.For(options.Seed, "divergences"));
        var uids = new Dhis2UidFactory("passerelle-demo-orgunits-" + options.Seed);
        IdentityAssigner.Assign(facilities, uids);
        PlanStaff(facilities, context);

        var (workers, roles) = new WorkforceBuilder(context).Build(facilities);
        var elements = ServiceDataBuilder.DataElements();
        return new DemoWorldModel(
            options,
            regions.Select(r => new AdministrativeUnit(r.Code, r.Name, AdministrativeLevel.Region, null)).ToList(),
            districts.Select(d => new DemoDistrict(d.Code, d.Name, d.RegionCode, reference.Departments[d.DepartmentPcode].Name, d.Population2025)).ToList(),
            facilities.Select(Truth).ToList(),
            RegistryBuilder.Build(facilities, context),
            Dhis2OrgUnitBuilder.Build(facilities, context, uids),
            IhrisLocationBuilder.Build(facilities, context),
            JobCatalogue.All,
            workers,
            roles,
            elements,
            ServiceDataBuilder.Build(facilities, elements, context));
    }

    private static void PlanStaff(List<PlannedFacility> facilities, GenerationContext context)
    {
        var staffing = new StaffingPlanner(context.Scale);
        foreach (var facility in facilities)
        {
            var random = SeededRandom.For(context.Seed, "staff:" + facility.GoldenId);
            facility.Staff = staffing.Plan(facility, facility.IsDistrictMainCentre, random);
        }
    }

    private static DemoFacility Truth(PlannedFacility f) => new(
        f.GoldenId,
        f.Name.Full,
        f.Type,
        f.Ownership,
        f.District.RegionCode,
        f.District.Code,
        f.Location,
        f.Catchment,
        f.ClosedOn is not null,
        f.RegistryCode,
        f.Dhis2Uid,
        f.IhrisId);

    private static List<ReferenceRegion> ResolveRegions(SenegalReference reference, IReadOnlyList<string>? codes)
    {
        if (codes is null || codes.Count == 0)
        {
            throw new ArgumentException(
                "Aucune région demandée / no region requested. Codes valides / valid codes: " + ValidCodes(reference),
                nameof(codes));
        }

        var unknown = codes.Where(c => reference.Region(c?.Trim() ?? "") is null).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException(
                $"Code(s) de région inconnu(s) : {string.Join(", ", unknown)} / unknown region code(s): {string.Join(", ", unknown)}. "
                + $"Codes valides / valid codes: {ValidCodes(reference)}",
                nameof(codes));
        }

        // Reference order, whatever the order asked: SN-TC,SN-DK and SN-DK,SN-TC give the same world.
        return reference.Regions.Where(r => codes.Any(c => string.Equals(c.Trim(), r.Code, StringComparison.OrdinalIgnoreCase))).ToList();
    }

    private static string ValidCodes(SenegalReference reference) =>
        string.Join(", ", reference.Regions.Select(r => $"{r.Code} ({r.Name})"));
}
