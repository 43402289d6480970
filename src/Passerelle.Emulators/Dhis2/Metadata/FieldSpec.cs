namespace Passerelle.Emulators.Dhis2.Metadata;

/// <summary>One entry of a <c>fields</c> parameter: <c>name</c>, <c>name[sub,…]</c>, <c>!name</c>, <c>name~size</c>, <c>name~rename(x)</c>, <c>name::size</c>.</summary>
internal sealed record FieldSpec(string Name, IReadOnlyList<FieldSpec>? Children, string? Transform, string? TransformArgument, bool Exclude)
{
    public bool IsPreset => Name is "*" or ":all" or ":owner" or ":persisted" or ":identifiable" or ":nameable" or ":simple";

    /// <summary>Parses a fields expression such as <c>id,name,parent[id,name],children::size</c>.</summary>
    public static IReadOnlyList<FieldSpec> ParseList(string text)
    {
        var result = new List<FieldSpec>();
        foreach (var token in SplitTopLevel(text))
        {
            if (token.Length > 0)
            {
                result.Add(ParseOne(token));
            }
        }

        return result;
    }

    private static FieldSpec ParseOne(string token)
    {
        var exclude = token.StartsWith('!');
        if (exclude)
        {
            token = token[1..];
        }

        string? transform = null;
        string? argument = null;
        IReadOnlyList<FieldSpec>? children = null;
        var bracket = token.IndexOf('[', StringComparison.Ordinal);
        var tilde = token.IndexOf('~', StringComparison.Ordinal);
        var colons = token.IndexOf("::", StringComparison.Ordinal);
        var nameEnd = new[] { bracket, tilde, colons }.Where(i => i > 0).DefaultIfEmpty(token.Length).Min();
        var name = token[..nameEnd];
        if (bracket > 0)
        {
            var close = MatchingBracket(token, bracket);
            children = ParseList(token[(bracket + 1)..close]);
            token = token[..bracket] + token[(close + 1)..];
            tilde = token.IndexOf('~', StringComparison.Ordinal);
            colons = token.IndexOf("::", StringComparison.Ordinal);
        }

        var transformStart = tilde > 0 ? tilde + 1 : colons > 0 ? colons + 2 : -1;
        if (transformStart > 0)
        {
            var spec = token[transformStart..];
            var paren = spec.IndexOf('(', StringComparison.Ordinal);
            transform = paren > 0 ? spec[..paren] : spec;
            argument = paren > 0 ? spec[(paren + 1)..].TrimEnd(')') : null;
        }

        return new FieldSpec(name, children, transform, argument, exclude);
    }

    private static int MatchingBracket(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            depth += text[i] switch { '[' => 1, ']' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        return text.Length - 1;
    }

    private static IEnumerable<string> SplitTopLevel(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '[' or '(':
                    depth++;
                    break;
                case ']' or ')':
                    depth--;
                    break;
                case ',' when depth == 0:
                    yield return text[start..i].Trim();
                    start = i + 1;
                    break;
            }
        }

        yield return text[start..].Trim();
    }
}
