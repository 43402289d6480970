using System.Text.Json;

namespace Passerelle.Web.Reading;

/// <summary>Reads the explanation the align stage keeps with a link (see AlignStage.Explain); unknown shapes give no signals.</summary>
internal static class MatchExplanation
{
    public static (IReadOnlyList<SignalContribution> Signals, string? French, string? English) Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ([], null, null);
            }

            var signals = new List<SignalContribution>();
            if (root.TryGetProperty("signals", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in list.EnumerateArray())
                {
                    signals.Add(SignalWording.Of(
                        Text(item, "signal") ?? "?",
                        Text(item, "level"),
                        item.TryGetProperty("weight", out var w) && w.ValueKind == JsonValueKind.Number ? w.GetDouble() : 0));
                }
            }

            return (signals, Text(root, "fr"), Text(root, "en"));
        }
        catch (JsonException)
        {
            return ([], null, null);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
