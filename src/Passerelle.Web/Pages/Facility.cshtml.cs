using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Reading;
using Passerelle.Web.Security;

namespace Passerelle.Web.Pages;

public sealed class FacilityModel(DashboardReader reader) : PageModel
{
    public FacilityDetail Detail { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await reader.FacilityAsync(id, User.Scope(), cancellationToken) is not { } detail)
        {
            return NotFound();
        }

        Detail = detail;
        return Page();
    }
}
