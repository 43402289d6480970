using System.Globalization;
using Passerelle.Core.Facilities;
using Passerelle.DemoWorld.Identifiers;

namespace Passerelle.DemoWorld.Generation;

/// <summary>
/// Gives each facility its ids: the golden id of the truth, the Carte sanitaire code
/// (<c>SN-DK-DC-PS-012</c>: district, type as the registry knows it, number), the DHIS2 UID and the iHRIS
/// Location id.
/// </summary>
internal static class IdentityAssigner
{
    public static void Assign(IReadOnlyList<PlannedFacility> facilities, Dhis2UidFactory uids)
    {
        var perDistrict = new Dictionary<string, int>(StringComparer.Ordinal);
        var perCode = new Dictionary<string, int>(StringComparer.Ordinal);
        var ihrisNumber = 1000;
        foreach (var facility in facilities)
        {
            var district = facility.District.Code;
            var n = perDistrict[district] = perDistrict.GetValueOrDefault(district) + 1;
            facility.GoldenId = string.Create(CultureInfo.InvariantCulture, $"FAC-{district}-{n:D3}");

            if (facility.InRegistry)
            {
                var prefix = $"{district}-{(facility.FormerType ?? facility.Type).Code()}";
                var seq = perCode[prefix] = perCode.GetValueOrDefault(prefix) + 1;
                facility.RegistryCode = string.Create(CultureInfo.InvariantCulture, $"{prefix}-{seq:D3}");
            }

            if (facility.InDhis2)
            {
                facility.Dhis2Uid = uids.For("facility:" + facility.GoldenId);
            }

            if (facility.InIhris)
            {
                facility.IhrisId = string.Create(CultureInfo.InvariantCulture, $"facility-{++ihrisNumber}");
            }
        }
    }
}
