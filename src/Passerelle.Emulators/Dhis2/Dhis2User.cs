namespace Passerelle.Emulators.Dhis2;

/// <summary>A DHIS2 account of the emulator (superuser; org unit roots default to the world's root units).</summary>
public sealed record Dhis2User(string Username, string Password)
{
    /// <summary>The demo database's administrator, as on play.dhis2.org.</summary>
    public static Dhis2User Admin { get; } = new("admin", "district");

    /// <summary>Fixed uid, so <c>/api/me</c> is stable.</summary>
    public string Id { get; init; } = "M5zQapPyTZI";

    public string FirstName { get; init; } = "admin";

    public string Surname { get; init; } = "admin";

    /// <summary>Data capture/view roots; empty = the world's root org units.</summary>
    public IReadOnlyList<string> OrganisationUnits { get; init; } = [];
}
