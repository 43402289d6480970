namespace Passerelle.Emulators.Dhis2;

/// <summary>A DHIS2 account of the emulator, with its authorities (org unit roots default to the world's root units).</summary>
public sealed record Dhis2User(string Username, string Password)
{
    /// <summary>The demo database's administrator, as on play.dhis2.org: superuser (<c>ALL</c>).</summary>
    public static Dhis2User Admin { get; } = new("admin", "district");

    /// <summary>
    /// A district officer who reads data and dashboards but may neither import metadata nor enter data values
    /// (no <c>F_METADATA_IMPORT</c>, no <c>…_PUBLIC_ADD</c>, no <c>F_DATAVALUE_ADD</c>).
    /// </summary>
    public static Dhis2User District { get; } = new("district", "District1#")
    {
        Id = "DXyJmlo9rge",
        FirstName = "District",
        Surname = "Officer",
        Authorities = ["M_dhis-web-dashboard", "M_dhis-web-data-visualizer", "F_VIEW_UNAPPROVED_DATA"],
        RoleName = "District officer",
    };

    /// <summary>Fixed uid, so <c>/api/me</c> is stable.</summary>
    public string Id { get; init; } = "M5zQapPyTZI";

    public string FirstName { get; init; } = "admin";

    public string Surname { get; init; } = "admin";

    /// <summary>Data capture/view roots; empty = the world's root org units.</summary>
    public IReadOnlyList<string> OrganisationUnits { get; init; } = [];

    /// <summary>What the user's roles grant; <c>ALL</c> (the default) is the superuser authority.</summary>
    public IReadOnlyList<string> Authorities { get; init; } = ["ALL"];

    /// <summary>Name of the user's single role, shown in <c>/api/me</c>.</summary>
    public string RoleName { get; init; } = "Superuser";

    /// <summary>True when the user holds <c>ALL</c> or one of <paramref name="authorities"/>.</summary>
    public bool HasAny(params string[] authorities) =>
        Authorities.Contains("ALL", StringComparer.Ordinal) || authorities.Any(a => Authorities.Contains(a, StringComparer.Ordinal));
}
