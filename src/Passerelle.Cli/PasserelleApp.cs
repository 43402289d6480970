using Passerelle.Cli.Commands;
using Passerelle.Cli.Commands.Analyze;
using Passerelle.Cli.Commands.Bench;
using Passerelle.Cli.Commands.Dhis2;
using Passerelle.Cli.Commands.Doctor;
using Passerelle.Cli.Commands.Emulate;
using Passerelle.Cli.Commands.HealthMap;
using Passerelle.Cli.Commands.Ihris;
using Passerelle.Cli.Commands.Match;
using Passerelle.Cli.Commands.Push;
using Passerelle.Cli.Commands.Reconcile;
using Passerelle.Cli.Commands.Review;
using Passerelle.Cli.Commands.Runs;
using Passerelle.Cli.Commands.Schedule;
using Passerelle.Cli.Commands.Serve;
using Passerelle.Cli.Commands.Sync;
using Passerelle.Cli.Commands.Users;
using Passerelle.Cli.Demo;
using Spectre.Console.Cli;

namespace Passerelle.Cli;

/// <summary>The <c>passerelle</c> command tree.</summary>
public static class PasserelleApp
{
    public static Task<int> RunAsync(string[] args)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("passerelle");
            if (Environment.GetEnvironmentVariable("PASSERELLE_DEBUG") == "1")
            {
                config.PropagateExceptions();
            }
            config.AddCommand<DemoCommand>("demo")
                .WithDescription("Démonstration de bout en bout sur des émulateurs / end-to-end demo on emulators");
            config.AddCommand<SyncCommand>("sync")
                .WithDescription("Synchroniser : collecte, alignement, analyse, publication / sync: pull, align, analyse, push");
            config.AddCommand<PushCommand>("push")
                .WithDescription("Publier dans DHIS2 les derniers résultats de l'entrepôt / push the warehouse's latest results to DHIS2");
            config.AddBranch("dhis2", dhis2 =>
            {
                dhis2.SetDescription("DHIS2 : métadonnées de Passerelle / Passerelle's DHIS2 metadata");
                dhis2.AddCommand<Dhis2PackageCommand>("package")
                    .WithDescription("Écrire le paquet de métadonnées pour un import manuel / write the metadata package for a hand import");
            });
            config.AddCommand<ScheduleCommand>("schedule")
                .WithDescription("Lancer la planification seule (service systemd) / run the schedule alone (systemd service)");
            config.AddCommand<RunsCommand>("runs")
                .WithDescription("Historique des exécutions / run history");
            config.AddCommand<DoctorCommand>("doctor")
                .WithDescription("Vérifier l'installation : configuration, secrets, DHIS2, iHRIS, entrepôt / check the installation");
            config.AddCommand<InitCommand>("init")
                .WithDescription("Écrire une configuration commentée / write a commented configuration");
            config.AddCommand<MatchCommand>("match")
                .WithDescription("Apparier deux listes de structures / match two facility lists (CSV)");
            config.AddCommand<ReconcileCommand>("reconcile")
                .WithDescription("Collecter et aligner, puis résumer la file de revue / pull and align, then summarise the review queue");
            config.AddCommand<AnalyzeCommand>("analyze")
                .WithDescription("Analyser l'entrepôt et exporter les indicateurs / analyse the warehouse and export the indicators");
            config.AddBranch("review", review =>
            {
                review.SetDescription("File de revue / review queue");
                review.AddCommand<ReviewFacilitiesCommand>("facilities")
                    .WithDescription("Revoir les correspondances de structures / review facility matches");
                review.AddCommand<ReviewCadresCommand>("cadres")
                    .WithDescription("Revoir les emplois → cadres / review job → cadre proposals");
                review.AddCommand<ReviewExportCommand>("export")
                    .WithDescription("Exporter la file en CSV ou XLSX / export the queue as CSV or XLSX");
                review.AddCommand<ReviewImportCommand>("import")
                    .WithDescription("Importer un fichier revu / import a reviewed file");
            });
            config.AddBranch("healthmap", healthmap =>
            {
                healthmap.SetDescription("Carte sanitaire : liste des structures / facility registry");
                healthmap.AddCommand<HealthMapCheckCommand>("check")
                    .WithDescription("Valider une liste de structures sans l'importer / validate a facility list without importing it");
                healthmap.AddCommand<HealthMapImportCommand>("import")
                    .WithDescription("Importer une liste de structures / import a facility list");
            });
            config.AddBranch("pull", pull =>
            {
                pull.SetDescription("Collecter une source / pull one source");
                pull.AddCommand<PullIhrisCommand>("ihris")
                    .WithDescription("Lire iHRIS : effectifs par cadre et constats / read iHRIS: counts by cadre and findings");
            });
            config.AddBranch("emulate", emulate =>
            {
                emulate.SetDescription("Émulateurs pour essais / emulators for trials");
                emulate.AddCommand<EmulateDhis2Command>("dhis2").WithDescription("Émulateur DHIS2 / DHIS2 emulator");
                emulate.AddCommand<EmulateIhrisCommand>("ihris").WithDescription("Émulateur iHRIS 5 FHIR / iHRIS 5 FHIR emulator");
            });
            config.AddCommand<BenchCommand>("bench")
                .WithDescription("Mesurer une synchronisation complète à l'échelle / measure a full sync at scale");
            config.AddCommand<ServeCommand>("serve")
                .WithDescription("Application web : tableaux de bord, carte, revues / web app: dashboards, map, reviews");
            config.AddBranch("users", users =>
            {
                users.SetDescription("Comptes de l'application web / web app accounts");
                users.AddCommand<UsersAddCommand>("add")
                    .WithDescription("Créer un compte (viewer, reviewer, admin) / create an account");
                users.AddCommand<UsersListCommand>("list")
                    .WithDescription("Lister les comptes et leur état / list accounts and their state");
                users.AddCommand<UsersDisableCommand>("disable")
                    .WithDescription("Désactiver un compte / disable an account");
                users.AddCommand<UsersEnableCommand>("enable")
                    .WithDescription("Réactiver un compte / enable an account");
                users.AddCommand<UsersUnlockCommand>("unlock")
                    .WithDescription("Lever un verrouillage après échecs / clear a lockout after failed logins");
                users.AddCommand<UsersRoleCommand>("role")
                    .WithDescription("Changer le rôle d'un compte / change an account's role");
            });
            config.AddBranch("plan", plan =>
            {
                plan.SetDescription("Plan d'analyse / analysis plan");
                plan.AddCommand<PlanCheckCommand>("check")
                    .WithDescription("Vérifier un plan d'analyse / check an analysis plan");
            });
        });
        return app.RunAsync(args);
    }
}
