using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Reading;
using Passerelle.Web.Security;

namespace Passerelle.Web.Pages;

public sealed class QualityModel(DashboardReader reader) : PageModel
{
    public QualityReport Report { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Report = await reader.QualityAsync(User.Scope(), cancellationToken);
}
