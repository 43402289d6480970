using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Core.Facilities;
using Passerelle.Core.Storage;
using Passerelle.HealthMap.Boundaries;
using Passerelle.Web.Reading;
using Passerelle.Web.Security;

namespace Passerelle.Web.Api;

/// <summary>The read-only JSON API under <c>/api</c>, described at <c>/openapi/v1.json</c>; every call needs a role.</summary>
internal static class ApiEndpoints
{
    public static void MapPasserelleApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(Roles.CanRead).WithTags("Passerelle");

        api.MapGet("/summary", (DashboardReader reader, ClaimsPrincipal user, CancellationToken ct) => reader.OverviewAsync(user.Scope(), ct))
            .WithSummary("Chiffres clés / key figures");
        api.MapGet("/facilities", (DashboardReader reader, ClaimsPrincipal user, CancellationToken ct) => reader.FacilitiesAsync(user.Scope(), ct))
            .WithSummary("Structures avec conformité à la norme / facilities with norm compliance");
        api.MapGet("/facilities/{id}", async Task<Results<Ok<FacilityDetail>, NotFound>> (string id, DashboardReader reader, ClaimsPrincipal user, CancellationToken ct) =>
                await reader.FacilityAsync(id, user.Scope(), ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound())
            .WithSummary("Une structure : effectifs par cadre et norme, charge de travail, WISN / one facility: staff by cadre against the norm, workload, WISN");
        api.MapGet("/facilities/{id}/workload", async Task<Results<Ok<FacilityWorkload>, NotFound>> (string id, DashboardReader reader, ClaimsPrincipal user, CancellationToken ct) =>
                await reader.FacilityAsync(id, user.Scope(), ct) is { } detail ? TypedResults.Ok(detail.Workload) : TypedResults.NotFound())
            .WithSummary("Charge de travail (volume de service par agent et par mois) et WISN par cadre / workload (service volume per worker and month) and WISN by cadre");
        api.MapGet("/trends", async (DashboardReader reader, TrendReader trends, ClaimsPrincipal user, CancellationToken ct) =>
                await trends.ReadAsync(await reader.LatestPeriodAsync(ct), user.Scope(), ct))
            .WithSummary("Tendances : volumes de service mensuels, conformité par période / trends: monthly service volumes, compliance by period");
        api.MapGet("/districts", (DashboardReader reader, ClaimsPrincipal user, CancellationToken ct) => reader.DistrictsAsync(user.Scope(), ct))
            .WithSummary("Districts sanitaires / health districts");
        api.MapGet("/matches", (DashboardReader reader, ClaimsPrincipal user, bool? all, CancellationToken ct) => reader.MatchQueueAsync(user.Scope(), all != true, ct))
            .WithSummary("Correspondances à revoir (all=true : toutes) / matches to review (all=true: every link)");
        api.MapGet("/matches/{source}/{sourceId}/{goldenId}", async Task<IResult> (SourceSystem source, string sourceId, string goldenId, DashboardReader reader, ClaimsPrincipal user, CancellationToken ct) =>
                await reader.MatchAsync(source, sourceId, goldenId, user.Scope(), ct) is { } match ? TypedResults.Ok(match) : TypedResults.NotFound())
            .WithSummary("Une correspondance et ses signaux / one match and its signals");
        api.MapGet("/cadre-mappings", (IWarehouse warehouse, CancellationToken ct) => warehouse.Crosswalk.ReadCadreMappingsAsync(null, ct))
            .WithSummary("Correspondances emploi → cadre / job → cadre mappings");
        api.MapGet("/quality", (DashboardReader reader, ClaimsPrincipal user, CancellationToken ct) => reader.QualityAsync(user.Scope(), ct))
            .WithSummary("Qualité des données / data quality");
        api.MapGet("/runs", (IWarehouse warehouse, int? limit, CancellationToken ct) => warehouse.Runs.ListRunsAsync(Math.Clamp(limit ?? 50, 1, 500), ct))
            .WithSummary("Exécutions, étapes et comptes / runs, stages and counts");
        api.MapGet("/audit", (IWarehouse warehouse, int? limit, string? action, CancellationToken ct) =>
                warehouse.Audit.ReadAsync(new AuditQuery(Action: action, Limit: Math.Clamp(limit ?? 200, 1, 1000)), ct))
            .WithSummary("Journal d'audit, le plus récent d'abord / audit log, newest first");
        api.MapGet("/boundaries/{level}", (BoundaryLevel level, BoundaryGeoJson shapes) => Results.Text(shapes.Of(level), "application/geo+json"))
            .WithSummary("Polygones des régions ou départements (GeoJSON) / region or department polygons");
        api.MapGet("/users", async (IWarehouse warehouse, CancellationToken ct) =>
                (await warehouse.Users.ListAsync(ct)).Select(u => new { u.Login, Role = Roles.NameOf(u.Role), u.Regions, Locked = !u.IsDisabled() && u.LockedUntil is not null, Disabled = u.IsDisabled() }))
            .RequireAuthorization(Roles.CanAdminister)
            .WithSummary("Comptes (sans mot de passe) / accounts (no password)");
    }
}

/// <summary>The shipped region and department polygons as GeoJSON, built once.</summary>
internal sealed class BoundaryGeoJson
{
    private readonly Lazy<string> _regions = new(() => SenegalBoundaries.Default.ToGeoJson(BoundaryLevel.Region));
    private readonly Lazy<string> _departments = new(() => SenegalBoundaries.Default.ToGeoJson(BoundaryLevel.Department));

    public string Of(BoundaryLevel level) => level == BoundaryLevel.Region ? _regions.Value : _departments.Value;
}
