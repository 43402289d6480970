using Passerelle.Emulators.Faults;

namespace Passerelle.Emulators.Dhis2;

/// <summary>How the DHIS2 emulator behaves.</summary>
public sealed record Dhis2EmulatorOptions
{
    /// <summary>Emulated DHIS2 version: "2.38", "2.39", "2.40" (default), "2.41", "2.42" or "2.43".</summary>
    public string Version { get; init; } = "2.40";

    /// <summary>Port on 127.0.0.1; 0 (default) picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>Accounts accepted with Basic auth; default admin/district (superuser) and district/District1# (no import rights).</summary>
    public IReadOnlyList<Dhis2User> Users { get; init; } = [Dhis2User.Admin, Dhis2User.District];

    /// <summary>Personal access tokens (<c>d2pat_…</c> or <c>d2p_…</c>) accepted as <c>Authorization: ApiToken …</c>, for the first user.</summary>
    public IReadOnlyList<string> AccessTokens { get; init; } = [];

    /// <summary>Initial database content; default only the default category model.</summary>
    public Dhis2World World { get; init; } = Dhis2World.Empty;

    /// <summary>Faults to inject; none by default.</summary>
    public FaultPlan? Faults { get; init; }

    /// <summary>Clock for timestamps, relative periods and injected delays.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// Asynchronous jobs (<c>async=true</c> imports, analytics table generation) answer "not completed" to this many
    /// polls of <c>/api/system/tasks/{type}/{id}</c> before completing. Default 1, so clients must really poll.
    /// </summary>
    public int AsyncPollsBeforeCompletion { get; init; } = 1;

    /// <summary>
    /// When true, <c>/api/analytics</c> answers from the values captured by the last analytics table generation
    /// (<c>POST /api/resourceTables/analytics</c>), as real DHIS2 does; when false (default), from the stored values directly.
    /// </summary>
    public bool AnalyticsFromTables { get; init; }

    /// <summary>Whether a request without credentials (and without <c>X-Requested-With</c>) is redirected to the login page (302), as DHIS2 does.</summary>
    public bool RedirectUnauthenticatedToLogin { get; init; } = true;
}
