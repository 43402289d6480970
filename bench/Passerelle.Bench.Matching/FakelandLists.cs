using System.Globalization;
using Passerelle.Core.Facilities;

namespace Passerelle.Bench.Matching;

/// <summary>
/// The two GOFR/facility-recon « Fakeland » lists (reference/ihris/data/facility-recon). Neither
/// carries the other's id, but both number their facilities in the same order inside each
/// district: the NGO list codes are the DHIS2 list codes plus 50 (Lake 51–55 ↔ 1–5, Mountain 56–60 ↔
/// 6–10, Beach 81–85 ↔ 31–35, Forest 86–90 ↔ 36–40), and every such pair has the same region,
/// district and facility kind (« Lake Health Center II » ↔ « Health Centre II »,
/// « General Referral Hospital » ↔ « Referral Hospital », « Old Mobile Clinic » ↔ « Mobile Clinic »).
/// That offset is the labelled truth. Codes are not given to the matcher.
/// </summary>
internal static class FakelandLists
{
    private const int CodeOffset = 50;

    public static LabelledLists Build(string referenceDir)
    {
        var folder = Path.Combine(referenceDir, "ihris", "data", "facility-recon");
        var dhis2 = Read(Path.Combine(folder, "Fakeland_Health_Facilities_Source2_DHIS2.csv"), SourceSystem.HealthMap);
        var ngo = Read(Path.Combine(folder, "Fakeland_Health_Facilities_Source1_NGO.csv"), SourceSystem.Dhis2);
        var truth = ngo.ToDictionary(
            n => (int.Parse(n.SourceId, CultureInfo.InvariantCulture) - CodeOffset).ToString(CultureInfo.InvariantCulture),
            n => n.SourceId,
            StringComparer.Ordinal);
        return new LabelledLists("Fakeland (facility-recon, DHIS2 ↔ NGO)", dhis2, ngo, truth);
    }

    private static List<SourceFacility> Read(string path, SourceSystem source) =>
        File.ReadAllLines(path)
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split(','))
            .Select(f => new SourceFacility(source, f[3].Trim(), f[2], null, FacilityType.Unknown, f[0], f[1], null, new Dictionary<string, string>()))
            .ToList();
}
