namespace Passerelle.Core.Storage;

/// <summary>Where a proposed link (facility match, job→cadre mapping) stands.</summary>
public enum DecisionStatus
{
    /// <summary>Sure enough to be accepted by the machine.</summary>
    AutoAccepted,

    /// <summary>Waiting for a person.</summary>
    Review,

    /// <summary>Rejected by the machine.</summary>
    Rejected,

    /// <summary>Accepted by a person: never overwritten by an automatic run.</summary>
    ManualAccepted,

    /// <summary>Rejected by a person: never overwritten by an automatic run.</summary>
    ManualRejected,
}

public static class DecisionStatusCodes
{
    /// <summary>True for decisions a person made.</summary>
    public static bool IsHuman(this DecisionStatus status) =>
        status is DecisionStatus.ManualAccepted or DecisionStatus.ManualRejected;

    /// <summary>True when the link counts (accepted by the machine or by a person).</summary>
    public static bool IsAccepted(this DecisionStatus status) =>
        status is DecisionStatus.AutoAccepted or DecisionStatus.ManualAccepted;

    /// <summary>The stable code stored and exported: <c>auto-accepted</c>, <c>review</c>, …</summary>
    public static string Code(this DecisionStatus status) => status switch
    {
        DecisionStatus.AutoAccepted => "auto-accepted",
        DecisionStatus.Review => "review",
        DecisionStatus.Rejected => "rejected",
        DecisionStatus.ManualAccepted => "manual-accepted",
        DecisionStatus.ManualRejected => "manual-rejected",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static DecisionStatus FromCode(string code)
    {
        foreach (var status in Enum.GetValues<DecisionStatus>())
        {
            if (status.Code() == code)
            {
                return status;
            }
        }

        throw new FormatException($"Statut de décision inconnu / unknown decision status: '{code}'.");
    }
}
