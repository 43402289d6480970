using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Reading;
using Passerelle.Web.Security;

namespace Passerelle.Web.Pages;

public sealed class MatchesModel(DashboardReader reader) : PageModel
{
    public bool All { get; private set; }

    public IReadOnlyList<MatchRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(bool? all, CancellationToken cancellationToken)
    {
        All = all == true;
        Rows = await reader.MatchQueueAsync(User.Scope(), !All, cancellationToken);
    }
}
