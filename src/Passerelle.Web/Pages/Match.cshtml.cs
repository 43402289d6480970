using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Facilities;
using Passerelle.Web.Reading;
using Passerelle.Web.Security;

namespace Passerelle.Web.Pages;

public sealed class MatchModel(DashboardReader reader) : PageModel
{
    public MatchDetail Detail { get; private set; } = null!;

    public bool? Decided { get; private set; }

    public async Task<IActionResult> OnGetAsync(string source, string sourceId, string goldenId, string? decided, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<SourceSystem>(source, out var system)
            || await reader.MatchAsync(system, sourceId, goldenId, User.Scope(), cancellationToken) is not { } detail)
        {
            return NotFound();
        }

        Detail = detail;
        Decided = decided switch { "1" => true, "0" => false, _ => null };
        return Page();
    }
}
