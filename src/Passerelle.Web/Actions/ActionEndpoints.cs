using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Passerelle.Core.Facilities;
using Passerelle.Core.Storage;
using Passerelle.Web.Reading;
using Passerelle.Web.Review;
using Passerelle.Web.Security;

namespace Passerelle.Web.Actions;

/// <summary>
/// Every state-changing request: HTML form posts under <c>/actions</c>, each with an antiforgery token
/// (checked because they bind forms) and a role above viewer, except sign-out.
/// </summary>
internal static class ActionEndpoints
{
    public static void MapPasserelleActions(this IEndpointRouteBuilder app)
    {
        var actions = app.MapGroup("/actions").ExcludeFromDescription();

        actions.MapPost("/logout", async (HttpContext context, IWarehouse warehouse, TimeProvider time) =>
        {
            await warehouse.Audit.AppendAsync(new AuditEvent(time.GetUtcNow(), context.User.Login(), "logout", "session", null, null), context.RequestAborted);
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/login");
        }).RequireAuthorization(Roles.CanRead);

        actions.MapPost("/matches/decide", DecideMatchAsync).RequireAuthorization(Roles.CanReview);
        actions.MapPost("/cadres/decide", DecideCadreAsync).RequireAuthorization(Roles.CanReview);
        actions.MapPost("/users/add", AddUserAsync).RequireAuthorization(Roles.CanAdminister);
        actions.MapPasserelleUserActions();
    }

    private static async Task<IResult> DecideMatchAsync(
        [FromForm] MatchDecisionForm form, ClaimsPrincipal user, DashboardReader reader, ReviewDecisions decisions, CancellationToken ct)
    {
        if (!Enum.TryParse<SourceSystem>(form.Source, out var source) || !Enum.TryParse<ReviewVerdict>(form.Verdict, out var verdict)
            || await reader.MatchAsync(source, form.SourceId ?? "", form.GoldenId ?? "", user.Scope(), ct) is null)
        {
            return Results.NotFound();
        }

        var done = await decisions.DecideFacilityLinkAsync(user.Login(), source, form.SourceId!, form.GoldenId!, verdict, form.OtherGoldenId, ct);
        var target = verdict == ReviewVerdict.LinkOther && done ? form.OtherGoldenId!.Trim() : form.GoldenId!;
        return Results.Redirect($"/matches/{source}/{Uri.EscapeDataString(form.SourceId!)}/{Uri.EscapeDataString(target)}?decided={(done ? "1" : "0")}");
    }

    private static async Task<IResult> DecideCadreAsync([FromForm] CadreDecisionForm form, ClaimsPrincipal user, ReviewDecisions decisions, CancellationToken ct)
    {
        if (!Enum.TryParse<SourceSystem>(form.Source, out var source) || !Enum.TryParse<ReviewVerdict>(form.Verdict, out var verdict))
        {
            return Results.NotFound();
        }

        var done = await decisions.DecideCadreMappingAsync(user.Login(), source, form.JobKey ?? "", verdict, form.OtherCadre, ct);
        return Results.Redirect($"/cadres?decided={(done ? "1" : "0")}");
    }

    private static async Task<IResult> AddUserAsync([FromForm] UserForm form, ClaimsPrincipal user, UserAccounts accounts, CancellationToken ct)
    {
        try
        {
            var role = Roles.Parse(form.Role) ?? throw new ArgumentException("Rôle inconnu / unknown role");
            var regions = (form.Regions ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var added = await accounts.AddAsync(form.Login ?? "", form.Password ?? "", role, regions, user.Login(), ct);
            return Results.Redirect(added ? "/users?added=1" : "/users?error=exists");
        }
        catch (ArgumentException e)
        {
            return Results.Redirect("/users?error=" + Uri.EscapeDataString(e.Message.Split(" (Parameter", 2)[0]));
        }
    }
}

internal sealed class MatchDecisionForm
{
    public string? Source { get; set; }

    public string? SourceId { get; set; }

    public string? GoldenId { get; set; }

    public string? Verdict { get; set; }

    public string? OtherGoldenId { get; set; }
}

internal sealed class CadreDecisionForm
{
    public string? Source { get; set; }

    public string? JobKey { get; set; }

    public string? Verdict { get; set; }

    public string? OtherCadre { get; set; }
}

internal sealed class UserForm
{
    public string? Login { get; set; }

    public string? Password { get; set; }

    public string? Role { get; set; }

    public string? Regions { get; set; }
}
