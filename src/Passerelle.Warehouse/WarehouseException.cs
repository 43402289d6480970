namespace Passerelle.Warehouse;

/// <summary>The warehouse cannot be opened, migrated or used; the message says why, in French and English.</summary>
public sealed class WarehouseException : Exception
{
    public WarehouseException(string message)
        : base(message)
    {
    }

    public WarehouseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
