using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Storage;

namespace Passerelle.Web.Pages;

public sealed class RunsModel(IWarehouse warehouse) : PageModel
{
    public IReadOnlyList<RunSummary> Runs { get; private set; } = [];

    public IReadOnlyList<AuditEntry> Audit { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Runs = await warehouse.Runs.ListRunsAsync(30, cancellationToken);
        Audit = await warehouse.Audit.ReadAsync(new AuditQuery(Limit: 200), cancellationToken);
    }
}
