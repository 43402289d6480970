using Passerelle.Core.Facilities;
using Passerelle.DemoWorld.Randomness;

namespace Passerelle.DemoWorld.Naming;

/// <summary>How often a system's users slip when typing a name: accents dropped, a typo, capitals, place first.</summary>
internal sealed record NameNoise(double DropAccents, double Typo, double Upper, double PlaceFirst)
{
    public string Apply(FacilityName name, FacilityType type, LabelStyle style, SeededRandom random)
    {
        var rendered = random.Chance(PlaceFirst)
            ? NameVariants.PlaceFirst(name, type, random)
            : NameVariants.Render(name, type, style, random);
        if (random.Chance(DropAccents))
        {
            rendered = NameVariants.DropAccents(rendered);
        }

        if (random.Chance(Typo))
        {
            rendered = NameVariants.Typo(rendered, name.Place, random);
        }

        if (random.Chance(Upper))
        {
            rendered = rendered.ToUpperInvariant();
        }

        return rendered;
    }
}
