using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Passerelle.Ihris;
using Passerelle.Ihris.Fhir;
using Passerelle.Ihris.Findings;
using Passerelle.Ihris.Privacy;
using Passerelle.Ihris.Summary;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Passerelle.Cli.Commands.Ihris;

/// <summary><c>passerelle pull ihris</c>: reads the configured iHRIS once and prints workers in post by cadre, and the findings.</summary>
internal sealed class PullIhrisCommand : AsyncCommand<PullIhrisSettings>
{
    private readonly IAnsiConsole _console;
    private readonly TimeProvider _time;

    /// <summary>Built by Spectre's default resolver, which needs a parameterless constructor.</summary>
    public PullIhrisCommand()
        : this(AnsiConsole.Console, TimeProvider.System)
    {
    }

    internal PullIhrisCommand(IAnsiConsole console, TimeProvider time)
    {
        _console = console;
        _time = time;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, PullIhrisSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var pseudonymizer = PseudonymKeyLoader.FromEnvironment(settings.KeyFile, settings.Demo);
            var source = WorkforceSourceFactory.Create(Options(settings), pseudonymizer, _time, NullLoggerFactory.Instance);
            var date = settings.Date is null
                ? DateOnly.FromDateTime(_time.GetLocalNow().DateTime)
                : DateOnly.ParseExact(settings.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var summary = await _console.Status().StartAsync(
                $"Lecture de / reading {Markup.Escape(source.Description)}…",
                _ => WorkforcePuller.PullAsync(source, date, cancellationToken: cancellationToken));
            Render(summary);
            return 0;
        }
        catch (IhrisSourceException exception)
        {
            _console.MarkupLineInterpolated($"[red]{exception.Message}[/]");
            return 1;
        }
        catch (FormatException)
        {
            _console.MarkupLineInterpolated($"[red]--date invalide, attendu AAAA-MM-JJ / invalid, expected YYYY-MM-DD: {settings.Date}[/]");
            return 1;
        }
    }

    private static IhrisSourceOptions Options(PullIhrisSettings settings)
    {
        var options = new IhrisSourceOptions
        {
            Kind = settings.Source switch
            {
                "manage4-sql" => IhrisSourceKind.Manage4Sql,
                "manage4-csv" => IhrisSourceKind.Manage4CustomReport,
                _ => IhrisSourceKind.Fhir,
            },
        };
        if (settings.Url is not null)
        {
            options.Fhir.BaseUrl = new Uri(settings.Url);
        }

        options.Fhir.Access = settings.Access == "backend" ? IhrisFhirAccess.Backend : IhrisFhirAccess.DirectHapi;
        options.Fhir.Email = settings.Email;
        options.Fhir.Password = Environment.GetEnvironmentVariable("PASSERELLE_IHRIS_PASSWORD");
        options.Fhir.PageSize = settings.PageSize;
        options.Manage4Sql.ConnectionString = settings.Connection ?? Environment.GetEnvironmentVariable("PASSERELLE_IHRIS_CONNECTION") ?? string.Empty;
        options.CustomReport.Path = settings.File ?? string.Empty;
        return options;
    }

    private void Render(WorkforcePullSummary summary)
    {
        _console.MarkupLineInterpolated($"[bold]{summary.Source}[/] — au / as of {summary.ReferenceDate:yyyy-MM-dd}");
        _console.MarkupLineInterpolated(
            $"{summary.Facilities} structures / facilities · {summary.Jobs} emplois / jobs · {summary.Roles} rôles / roles · {summary.RolesInPost} en poste / in post · {summary.WorkersInPost} agents en poste / workers in post");

        var cadres = new Table().Title("Agents en poste par cadre / workers in post by cadre")
            .AddColumns("Cadre", "Libellé / name", "Agents / workers", "Rôles / roles");
        foreach (var cadre in summary.ByCadre)
        {
            cadres.AddRow(
                Markup.Escape(cadre.CadreCode == WorkforcePullSummary.Unmapped ? "non classé / unmapped" : cadre.CadreCode),
                Markup.Escape(cadre.Display ?? string.Empty),
                cadre.Workers.ToString(CultureInfo.InvariantCulture),
                cadre.Roles.ToString(CultureInfo.InvariantCulture));
        }

        _console.Write(cadres);
        var findings = new Table().Title("Constats sur la source / source findings").AddColumns("Constat / finding", "Nombre / count");
        foreach (var (kind, count) in summary.FindingCounts.OrderBy(p => p.Key))
        {
            findings.AddRow(Markup.Escape($"{kind.French()} / {kind.English()}"), count.ToString(CultureInfo.InvariantCulture));
        }

        if (summary.Findings.Count == 0)
        {
            findings.AddRow("Aucun / none", "0");
        }

        _console.Write(findings);
        foreach (var finding in summary.Findings.Take(10))
        {
            _console.MarkupLineInterpolated($"  • {finding.French} / {finding.English}");
        }
    }
}
