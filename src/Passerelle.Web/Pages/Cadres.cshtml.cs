using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Storage;

namespace Passerelle.Web.Pages;

public sealed class CadresModel(IWarehouse warehouse) : PageModel
{
    public IReadOnlyList<CadreMapping> Mappings { get; private set; } = [];

    public bool? Decided { get; private set; }

    public async Task OnGetAsync(string? decided, CancellationToken cancellationToken)
    {
        Decided = decided switch { "1" => true, "0" => false, _ => null };
        Mappings = (await warehouse.Crosswalk.ReadCadreMappingsAsync(null, cancellationToken))
            .OrderByDescending(m => m.Status == DecisionStatus.Review)
            .ThenBy(m => m.Score)
            .ToList();
    }
}
