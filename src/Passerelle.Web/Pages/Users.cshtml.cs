using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Storage;

namespace Passerelle.Web.Pages;

public sealed class UsersModel(IWarehouse warehouse) : PageModel
{
    public IReadOnlyList<UserAccount> Accounts { get; private set; } = [];

    public bool Added { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(string? added, string? error, CancellationToken cancellationToken)
    {
        Added = added == "1";
        Error = error;
        Accounts = await warehouse.Users.ListAsync(cancellationToken);
    }
}
