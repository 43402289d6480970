using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Passerelle.Ihris.Tests.Support;

/// <summary>Personal data planted in every source: none of it may come out of a reader or its logs.</summary>
internal static class Canaries
{
    public const string FamilyName = "Canarifamille";
    public const string GivenName = "Canariprenom";
    public const string NationalId = "CNI-7741-CANARY-0093";
    public const string Phone = "+221779998877";
    public const string BirthDate = "1983-07-19";
    public const string Email = "canari@example.sn";

    public static IReadOnlyList<string> All { get; } = [FamilyName, GivenName, NationalId, Phone, "77 999 88 77", BirthDate, Email];

    /// <summary>Unescaped output: the default encoder writes "+" as \u002B, which would hide a phone number from the scan.</summary>
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Serialises everything a reader returned and fails naming the first canary found in it.</summary>
    public static void AssertAbsent(string what, params object[] outputs)
    {
        foreach (var output in outputs)
        {
            var text = output as string ?? JsonSerializer.Serialize(output, output.GetType(), Json);
            foreach (var canary in All)
            {
                Assert.False(text.Contains(canary, StringComparison.OrdinalIgnoreCase), $"{what} contient la donnée personnelle « {canary} »");
            }
        }
    }
}
