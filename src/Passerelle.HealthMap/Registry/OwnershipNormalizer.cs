using System.Collections.Frozen;
using Passerelle.Core.Facilities;
using Passerelle.HealthMap.Mapping;

namespace Passerelle.HealthMap.Registry;

/// <summary>Turns « Statut juridique » labels into <see cref="Ownership"/>.</summary>
internal static class OwnershipNormalizer
{
    private static readonly FrozenDictionary<string, Ownership> Labels = new Dictionary<string, Ownership>
    {
        ["public"] = Ownership.Public,
        ["publique"] = Ownership.Public,
        ["public etat"] = Ownership.Public,
        ["etat"] = Ownership.Public,
        ["gouvernement"] = Ownership.Public,
        ["government"] = Ownership.Public,
        ["msas"] = Ownership.Public,
        ["prive"] = Ownership.Private,
        ["privee"] = Ownership.Private,
        ["private"] = Ownership.Private,
        ["prive lucratif"] = Ownership.Private,
        ["prive a but lucratif"] = Ownership.Private,
        ["prive non lucratif"] = Ownership.Private,
        ["for profit"] = Ownership.Private,
        ["ong"] = Ownership.Private,
        ["ngo"] = Ownership.Private,
        ["confessionnel"] = Ownership.Confessional,
        ["confessionnelle"] = Ownership.Confessional,
        ["prive confessionnel"] = Ownership.Confessional,
        ["religieux"] = Ownership.Confessional,
        ["mission"] = Ownership.Confessional,
        ["catholique"] = Ownership.Confessional,
        ["faith based"] = Ownership.Confessional,
        ["militaire"] = Ownership.Military,
        ["armee"] = Ownership.Military,
        ["military"] = Ownership.Military,
        ["communautaire"] = Ownership.Community,
        ["community"] = Ownership.Community,
        ["comite de sante"] = Ownership.Community,
        ["association"] = Ownership.Community,
    }.ToFrozenDictionary();

    public static Ownership? Normalize(string? label, ColumnMapping mapping)
    {
        var key = TextKey.Of(label);
        if (key.Length == 0)
        {
            return null;
        }

        return mapping.OwnershipLabels.TryGetValue(key, out var configured) ? configured
            : Labels.TryGetValue(key, out var known) ? known
            : null;
    }
}
