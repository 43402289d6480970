using System.Text;

namespace Passerelle.Dhis2.Http;

/// <summary>Builds a URL query with repeated keys allowed (DHIS2 repeats <c>filter</c> and <c>dimension</c>).</summary>
internal sealed class QueryString
{
    private readonly List<KeyValuePair<string, string>> _pairs = [];

    public QueryString Add(string key, string? value)
    {
        if (value is not null)
        {
            _pairs.Add(new(key, value));
        }

        return this;
    }

    public QueryString Add(string key, bool? value) =>
        value is null ? this : Add(key, value.Value ? "true" : "false");

    public QueryString AddAll(string key, IEnumerable<string>? values)
    {
        foreach (var value in values ?? [])
        {
            Add(key, value);
        }

        return this;
    }

    public string AppendTo(string path)
    {
        if (_pairs.Count == 0)
        {
            return path;
        }

        var builder = new StringBuilder(path).Append('?');
        for (var i = 0; i < _pairs.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('&');
            }

            builder.Append(Uri.EscapeDataString(_pairs[i].Key)).Append('=').Append(Uri.EscapeDataString(_pairs[i].Value));
        }

        return builder.ToString();
    }
}
