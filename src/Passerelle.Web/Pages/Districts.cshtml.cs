using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Reading;
using Passerelle.Web.Security;

namespace Passerelle.Web.Pages;

public sealed class DistrictsModel(DashboardReader reader) : PageModel
{
    public IReadOnlyList<AreaShare> Districts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Districts = await reader.DistrictsAsync(User.Scope(), cancellationToken);
}
