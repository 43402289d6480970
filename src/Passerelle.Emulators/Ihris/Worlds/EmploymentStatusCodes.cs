using Passerelle.Core.Workforce;

namespace Passerelle.Emulators.Ihris.Worlds;

/// <summary>Codes of the <c>ihris-employment-status-codesystem</c> the demo world writes.</summary>
internal static class EmploymentStatusCodes
{
    public static IReadOnlyList<(string Code, string Display)> All { get; } =
    [
        ("contract", "Contract"),
        ("fullTime", "Full-time"),
        ("partTime", "Part-Time"),
        ("volunteer", "Volunteer"),
        ("civilServant", "Fonctionnaire / Civil servant"),
        ("local", "Recruté localement / Locally recruited"),
        ("other", "Autre / Other"),
    ];

    /// <summary>The code for a status, or null when unknown (the extension is then left out).</summary>
    public static (string Code, string Display)? Of(EmploymentStatus status) => status switch
    {
        EmploymentStatus.CivilServant => All[4],
        EmploymentStatus.Contract => All[0],
        EmploymentStatus.Local => All[5],
        EmploymentStatus.Volunteer => All[3],
        EmploymentStatus.Other => All[6],
        _ => null,
    };
}
