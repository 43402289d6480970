using Passerelle.Core.Matching;

namespace Passerelle.Web.Reading;

/// <summary>
/// French and English wording of a stored match signal: the align stage keeps the level's English text, found
/// again among the signal's levels (<see cref="SignalLevels"/>) to show its French first.
/// </summary>
internal static class SignalWording
{
    public static SignalContribution Of(string signal, string? level, double weight)
    {
        if (!Enum.TryParse<MatchSignal>(signal, out var known))
        {
            return new SignalContribution(signal, level, weight, signal, signal, level ?? "non renseigné", level ?? "missing");
        }

        var (signalFrench, signalEnglish) = known switch
        {
            MatchSignal.Name => ("Nom", "Name"),
            MatchSignal.Hierarchy => ("Région / district", "Region / district"),
            MatchSignal.Type => ("Type de structure", "Facility type"),
            MatchSignal.Distance => ("Distance", "Distance"),
            MatchSignal.Codes => ("Identifiants", "Identifiers"),
            _ => (signal, signal),
        };
        if (level is null)
        {
            return new SignalContribution(signal, null, weight, signalFrench, signalEnglish, "non renseigné d'un côté", "missing on one side");
        }

        var found = SignalLevels.Of(known).FirstOrDefault(l => l.English == level || l.Code == level);
        return new SignalContribution(signal, level, weight, signalFrench, signalEnglish, found?.French ?? level, found?.English ?? level);
    }
}
