using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Reading;
using Passerelle.Web.Security;

namespace Passerelle.Web.Pages;

public sealed class IndexModel(DashboardReader reader) : PageModel
{
    public OverviewFigures Figures { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Figures = await reader.OverviewAsync(User.Scope(), cancellationToken);
}
