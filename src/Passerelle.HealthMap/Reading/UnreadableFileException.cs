namespace Passerelle.HealthMap.Reading;

/// <summary>The file cannot be read as a table at all. Carries a French and an English reason.</summary>
internal sealed class UnreadableFileException(string french, string english, Exception? inner = null)
    : Exception($"{french} / {english}", inner)
{
    public string French { get; } = french;

    public string English { get; } = english;
}
