using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Storage;

namespace Passerelle.Web.Pages;

public sealed class UsersModel(IWarehouse warehouse, TimeProvider time) : PageModel
{
    public IReadOnlyList<UserAccount> Accounts { get; private set; } = [];

    public bool Added { get; private set; }

    /// <summary>The change just made (disable, enable, unlock, role, password), to confirm it.</summary>
    public string? Done { get; private set; }

    public string? Error { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(string? added, string? done, string? error, CancellationToken cancellationToken)
    {
        Added = added == "1";
        Done = done;
        Error = error;
        Now = time.GetUtcNow();
        Accounts = await warehouse.Users.ListAsync(cancellationToken);
    }
}
