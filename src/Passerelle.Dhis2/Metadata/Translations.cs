using Passerelle.Dhis2.Metadata.Objects;
using Passerelle.Dhis2.Metadata.Plan;

namespace Passerelle.Dhis2.Metadata;

/// <summary>English translations of the French names DHIS2 stores.</summary>
internal static class Translations
{
    public const string English = "en";

    public static IReadOnlyList<Translation> Of(LocalizedText name, LocalizedText? shortName = null, LocalizedText? description = null)
    {
        var translations = new List<Translation> { new("NAME", English, name.English) };
        if (shortName is not null)
        {
            translations.Add(new Translation("SHORT_NAME", English, shortName.English));
        }

        if (description is not null)
        {
            translations.Add(new Translation("DESCRIPTION", English, description.English));
        }

        return translations;
    }
}
