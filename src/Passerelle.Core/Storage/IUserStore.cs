namespace Passerelle.Core.Storage;

/// <summary>Local accounts of the web app. Logins compare exactly (callers normalise them).</summary>
public interface IUserStore
{
    /// <summary>Adds an account.</summary>
    /// <returns>False when the login exists already (nothing changed).</returns>
    Task<bool> AddAsync(UserAccount user, CancellationToken cancellationToken);

    /// <summary>Replaces everything but the login and creation time of an existing account.</summary>
    /// <returns>False when there is no such login.</returns>
    Task<bool> UpdateAsync(UserAccount user, CancellationToken cancellationToken);

    Task<UserAccount?> FindAsync(string login, CancellationToken cancellationToken);

    /// <summary>Every account, ordered by login.</summary>
    Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken);
}
