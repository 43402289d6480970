using System.Globalization;

namespace Passerelle.Emulators.Dhis2;

/// <summary>The emulated DHIS2 release, by its minor number (2.40 ⇒ 40).</summary>
internal readonly record struct Dhis2Version(int Minor)
{
    public static Dhis2Version Parse(string text)
    {
        var parts = text.Trim().Split('.');
        if (parts.Length >= 2 && parts[0] == "2" && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            && minor is >= 38 and <= 43)
        {
            return new Dhis2Version(minor);
        }

        throw new ArgumentException(
            $"Version DHIS2 non prise en charge / unsupported DHIS2 version: '{text}' (2.38 à/to 2.43)", nameof(text));
    }

    /// <summary>2.38–2.42 answer a WARNING import summary with 409; 2.43 with 200.</summary>
    public bool WarningIsConflict => Minor <= 42;

    /// <summary>2.43 data entry pipeline: creates counted as updated, <c>imported</c> always 0.</summary>
    public bool UsesDataEntryPipeline => Minor >= 43;

    /// <summary>2.38–2.41 unwrap import responses when the URL names an API version below 38.</summary>
    public bool UnwrapsForOldApi(int? pathVersion) => Minor <= 41 && pathVersion is < 38;

    public string LoginPath => Minor switch
    {
        <= 40 => "/dhis-web-commons/security/login.action",
        <= 42 => "/dhis-web-login/",
        _ => "/login/",
    };

    public string Display => Minor >= 43 ? "2.43-SNAPSHOT" : $"2.{Minor}.1";
}
