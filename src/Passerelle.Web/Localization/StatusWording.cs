using Passerelle.Core.Storage;

namespace Passerelle.Web.Localization;

/// <summary>Run and stage statuses in French and English, for the pages (the stored values stay in English).</summary>
public static class StatusWording
{
    public static (string French, string English) Of(RunStatus status) => status switch
    {
        RunStatus.Running => ("en cours", "running"),
        RunStatus.Succeeded => ("réussie", "succeeded"),
        RunStatus.Failed => ("échouée", "failed"),
        RunStatus.Cancelled => ("annulée", "cancelled"),
        _ => (status.ToString(), status.ToString()),
    };

    public static (string French, string English) Of(StageStatus status) => status switch
    {
        StageStatus.Succeeded => ("réussie", "succeeded"),
        StageStatus.Failed => ("échouée", "failed"),
        StageStatus.Skipped => ("sautée", "skipped"),
        _ => (status.ToString(), status.ToString()),
    };

    public static string Of(this UiText text, RunStatus status) => Pick(text, Of(status));

    public static string Of(this UiText text, StageStatus status) => Pick(text, Of(status));

    private static string Pick(UiText text, (string French, string English) wording) => text.Of(wording.French, wording.English);
}
