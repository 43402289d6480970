using Passerelle.Core.Facilities;
using Passerelle.HealthMap.Registry;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Passerelle.HealthMap.Mapping;

/// <summary>
/// Loads a ministry's column mapping from YAML or JSON (JSON is read as YAML). Fields listed under
/// <c>columns</c> replace the default headers of that field; the others keep the defaults. Label
/// sections add to the built-in labels.
/// </summary>
/// <example>
/// <code>
/// columns:
///   code: [Code FOSA]
///   name: [Nom FOSA, Formation sanitaire]
///   district: [DS]
///   catchmentPopulation: [Pop. aire]
/// types:            # label: PS, CS1, CS2, EPS1, EPS2, EPS3, CASE, PRIVE, AUTRE
///   PSU: PS
/// ownership:        # label: Public, Private, Confessional, Military, Community
///   Privé catholique: Confessional
/// status:           # label: open, closed
///   En rénovation: closed
/// </code>
/// </example>
public static class ColumnMappingFile
{
    /// <summary>Loads a mapping file on top of <see cref="ColumnMapping.Default"/>.</summary>
    /// <exception cref="ColumnMappingException">The file is missing, unreadable or names unknown fields or codes.</exception>
    public static ColumnMapping Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new ColumnMappingException(path, [$"Fichier de correspondance introuvable / mapping file not found: {path}"]);
        }

        return Parse(File.ReadAllText(path), Path.GetFileName(path));
    }

    public static ColumnMapping Parse(string text, string sourceName)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new ColumnMappingException(sourceName,
                [$"{sourceName}:{e.Start.Line} — YAML/JSON illisible / unreadable YAML/JSON: {e.Message}"]);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new ColumnMappingException(sourceName, [$"{sourceName} — un objet avec « columns » est attendu / an object with 'columns' is expected"]);
        }

        var problems = new List<string>();
        var headers = new Dictionary<RegistryField, IReadOnlyList<string>>();
        var types = new Dictionary<string, FacilityType>();
        var ownership = new Dictionary<string, Ownership>();
        var status = new Dictionary<string, FacilityOperationalStatus>();
        foreach (var (keyNode, value) in root.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            switch (TextKey.Compact(key))
            {
                case "columns" or "colonnes":
                    ReadColumns(value, headers, problems, sourceName);
                    break;
                case "types":
                    ReadLabels(value, types, ParseType, "types", problems, sourceName);
                    break;
                case "ownership" or "statutjuridique":
                    ReadLabels(value, ownership, ParseOwnership, "ownership", problems, sourceName);
                    break;
                case "status" or "statut":
                    ReadLabels(value, status, ParseStatus, "status", problems, sourceName);
                    break;
                default:
                    problems.Add($"{sourceName}:{keyNode.Start.Line} — section « {key} » inconnue (columns, types, ownership, status) / unknown section '{key}'");
                    break;
            }
        }

        if (problems.Count > 0)
        {
            throw new ColumnMappingException(sourceName, problems);
        }

        return ColumnMapping.Default.With(headers, types, ownership, status,
            $"correspondance {sourceName} / mapping {sourceName}");
    }

    private static void ReadColumns(YamlNode node, Dictionary<RegistryField, IReadOnlyList<string>> headers, List<string> problems, string source)
    {
        if (node is not YamlMappingNode columns)
        {
            problems.Add($"{source}:{node.Start.Line} — « columns » doit associer un champ à des en-têtes / 'columns' must map fields to headers");
            return;
        }

        foreach (var (keyNode, value) in columns.Children)
        {
            var name = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            var field = Enum.GetValues<RegistryField>().Cast<RegistryField?>()
                .FirstOrDefault(f => TextKey.Compact(f.ToString()) == TextKey.Compact(name));
            if (field is null)
            {
                problems.Add($"{source}:{keyNode.Start.Line} — champ « {name} » inconnu / unknown field '{name}' ({string.Join(", ", Enum.GetNames<RegistryField>())})");
                continue;
            }

            var names = value switch
            {
                YamlScalarNode scalar => [scalar.Value ?? string.Empty],
                YamlSequenceNode sequence => sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).ToList(),
                _ => new List<string>(),
            };
            if (names.Count == 0 || names.Any(n => TextKey.Of(n).Length == 0))
            {
                problems.Add($"{source}:{value.Start.Line} — en-tête vide pour « {name} » / empty header for '{name}'");
                continue;
            }

            headers[field.Value] = names;
        }
    }

    private static void ReadLabels<T>(YamlNode node, Dictionary<string, T> labels, Func<string, T?> parse, string section, List<string> problems, string source)
        where T : struct
    {
        if (node is not YamlMappingNode mapping)
        {
            problems.Add($"{source}:{node.Start.Line} — « {section} » doit associer des libellés à des valeurs / '{section}' must map labels to values");
            return;
        }

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var label = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            var value = (valueNode as YamlScalarNode)?.Value ?? string.Empty;
            if (parse(value) is { } parsed)
            {
                labels[label] = parsed;
            }
            else
            {
                problems.Add($"{source}:{valueNode.Start.Line} — « {label} » : valeur « {value} » inconnue pour {section} / unknown {section} value '{value}'");
            }
        }
    }

    private static FacilityType? ParseType(string code) =>
        FacilityTypeLabels.FromCode(code) is var type && type != FacilityType.Unknown ? type : null;

    private static Ownership? ParseOwnership(string value) =>
        Enum.TryParse<Ownership>(value, ignoreCase: true, out var ownership) && ownership != Ownership.Unknown ? ownership : null;

    private static FacilityOperationalStatus? ParseStatus(string value) => TextKey.Of(value) switch
    {
        "open" or "ouvert" => FacilityOperationalStatus.Open,
        "closed" or "ferme" => FacilityOperationalStatus.Closed,
        _ => null,
    };
}
