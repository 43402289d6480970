namespace Passerelle.Ihris;

/// <summary>
/// A workforce source could not be read. The message is French first, English alongside, and names
/// where (URL, file and line, table) and why. It never carries personal data.
/// </summary>
public sealed class IhrisSourceException : Exception
{
    public IhrisSourceException(string message)
        : base(message)
    {
    }

    public IhrisSourceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public IhrisSourceException()
    {
    }
}
