namespace Passerelle.Sync.Operations;

public enum DoctorStatus
{
    Ok,
    Warning,
    Failed,
}

/// <summary>One check of <c>passerelle doctor</c>: what was checked, what was found and, when it failed, what to do.</summary>
/// <param name="Detail">What was found, French then English; never a secret's value.</param>
/// <param name="Fix">What to do, French then English; null when nothing is to be done.</param>
public sealed record DoctorCheck(string Name, DoctorStatus Status, string Detail, string? Fix = null)
{
    public static DoctorCheck Ok(string name, string detail) => new(name, DoctorStatus.Ok, detail);

    public static DoctorCheck Warn(string name, string detail, string? fix = null) => new(name, DoctorStatus.Warning, detail, fix);

    public static DoctorCheck Fail(string name, string detail, string fix) => new(name, DoctorStatus.Failed, detail, fix);
}
