using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Passerelle.Cli.Commands.Ihris;

/// <summary>Options of <c>passerelle pull ihris</c>. Secrets come from the environment, never the command line.</summary>
internal sealed class PullIhrisSettings : CommandSettings
{
    [CommandOption("--source <KIND>")]
    [Description("fhir (iHRIS 5), manage4-sql (hippo_* tables) ou/or manage4-csv (Custom Report)")]
    [DefaultValue("fhir")]
    public string Source { get; init; } = "fhir";

    [CommandOption("--url <URL>")]
    [Description("Base FHIR d'iHRIS 5 / iHRIS 5 FHIR base, e.g. http://localhost:8081/fhir")]
    public string? Url { get; init; }

    [CommandOption("--access <MODE>")]
    [Description("direct (HAPI) ou/or backend (iHRIS, POST /auth/token; password in PASSERELLE_IHRIS_PASSWORD)")]
    [DefaultValue("direct")]
    public string Access { get; init; } = "direct";

    [CommandOption("--email <EMAIL>")]
    [Description("Compte iHRIS pour l'accès backend / iHRIS account for backend access")]
    public string? Email { get; init; }

    [CommandOption("--connection <CONNECTION>")]
    [Description("Chaîne MySQL/MariaDB (sinon PASSERELLE_IHRIS_CONNECTION) / MySQL/MariaDB connection string (else PASSERELLE_IHRIS_CONNECTION)")]
    public string? Connection { get; init; }

    [CommandOption("--file <PATH>")]
    [Description("Export CSV Custom Report d'iHRIS 4 / iHRIS 4 Custom Report CSV export")]
    public string? File { get; init; }

    [CommandOption("--key-file <PATH>")]
    [Description("Fichier de la clé de pseudonymisation (sinon PASSERELLE_PSEUDONYM_KEY) / pseudonym key file (else PASSERELLE_PSEUDONYM_KEY)")]
    public string? KeyFile { get; init; }

    [CommandOption("--demo")]
    [Description("Démo : clé de pseudonymisation publique fixe / demo: fixed public pseudonym key")]
    public bool Demo { get; init; }

    [CommandOption("--date <DATE>")]
    [Description("Date de référence AAAA-MM-JJ (défaut : aujourd'hui) / reference date YYYY-MM-DD (default: today)")]
    public string? Date { get; init; }

    [CommandOption("--page-size <N>")]
    [DefaultValue(200)]
    public int PageSize { get; init; } = 200;

    public override ValidationResult Validate() => Source switch
    {
        "fhir" when string.IsNullOrWhiteSpace(Url) => ValidationResult.Error("--url est requis pour --source fhir / --url is required for --source fhir"),
        "manage4-csv" when string.IsNullOrWhiteSpace(File) => ValidationResult.Error("--file est requis pour --source manage4-csv / --file is required for --source manage4-csv"),
        "fhir" or "manage4-sql" or "manage4-csv" => Access is "direct" or "backend"
            ? ValidationResult.Success()
            : ValidationResult.Error($"--access inconnu / unknown: {Access} (direct, backend)"),
        _ => ValidationResult.Error($"--source inconnu / unknown: {Source} (fhir, manage4-sql, manage4-csv)"),
    };
}
