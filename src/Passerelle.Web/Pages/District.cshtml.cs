using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Reading;
using Passerelle.Web.Security;

namespace Passerelle.Web.Pages;

public sealed class DistrictModel(DashboardReader reader) : PageModel
{
    public string Code { get; private set; } = "";

    public IReadOnlyList<FacilitySummary> Facilities { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        Code = code;
        Facilities = (await reader.FacilitiesAsync(User.Scope(), cancellationToken)).Where(f => f.DistrictCode == code).ToList();
        return Facilities.Count == 0 ? NotFound() : Page();
    }
}
