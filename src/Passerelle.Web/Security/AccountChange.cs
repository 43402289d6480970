namespace Passerelle.Web.Security;

/// <summary>What became of an administrator's change to an account.</summary>
public enum AccountChange
{
    Done,

    /// <summary>No account has that login.</summary>
    NotFound,

    /// <summary>Refused: no enabled administrator would be left to manage the accounts.</summary>
    LastAdmin,
}
