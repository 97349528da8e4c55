using System.Text.RegularExpressions;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Data.Content;

namespace Cartography.Data.Import;

/// <summary>
/// How the CSV <c>organisation</c> cell names an organisation: by its name in any language (ignoring case), or, when
/// another organisation shares that name, as <c>Name [key]</c> with its key (or its id when it has none). The export
/// writes the second form only where the first would be ambiguous, so a round trip keeps every initiative's organisation.
/// </summary>
internal sealed partial class OrganisationLookup
{
    private readonly Dictionary<string, Guid> byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Guid> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, string> names = [];
    private readonly Dictionary<Guid, string> keys = [];
    private readonly HashSet<string> sharedNames = new(StringComparer.OrdinalIgnoreCase);

    public static async Task<OrganisationLookup> LoadAsync(ContentSession session, CancellationToken cancellationToken)
    {
        var lookup = new OrganisationLookup();
        foreach (var (key, id) in await session.KeysAsync<Organisation>(cancellationToken)) lookup.keys[id] = key;
        foreach (var (id, organisation) in await session.LatestAsync<Organisation>(cancellationToken))
        {
            lookup.names[id] = organisation.Name.For(Culture.Fr).Text;
            lookup.byKey[lookup.keys.GetValueOrDefault(id) ?? id.ToString("D")] = id;
            foreach (var (_, name) in organisation.Name.Values)
                if (!lookup.byName.TryAdd(name, id) && lookup.byName[name] != id) lookup.sharedNames.Add(name);
        }
        return lookup;
    }

    /// <summary>The organisation the cell names, or null when none does (the import then creates it).</summary>
    public Guid? Find(string cell)
    {
        if (byName.TryGetValue(cell, out var id) && !sharedNames.Contains(cell)) return id;
        if (Qualified(cell) is { } qualified && byKey.TryGetValue(qualified.Key, out id)) return id;
        return byName.TryGetValue(cell, out id) ? id : null;
    }

    /// <summary>The cell that names this organisation and no other, starting from the name given.</summary>
    public string CellFor(Guid id, string name) =>
        Find(name) == id && !sharedNames.Contains(name) ? name : $"{name} [{keys.GetValueOrDefault(id) ?? id.ToString("D")}]";

    public string? NameOf(Guid? id) => id is { } known ? names.GetValueOrDefault(known) : null;

    /// <summary>Records an organisation a row creates from its cell, so later rows of the file find it.</summary>
    public void Add(string cell, Guid id, string? key)
    {
        byName.TryAdd(cell, id);
        if (key is not null) byKey.TryAdd(key, id);
        names[id] = Qualified(cell)?.Name ?? cell;
    }

    /// <summary>"Name [key]" split in two, or null for a plain name.</summary>
    public static (string Name, string Key)? Qualified(string cell) =>
        QualifiedForm().Match(cell) is { Success: true } match ? (match.Groups["name"].Value.Trim(), match.Groups["key"].Value.Trim()) : null;

    [GeneratedRegex(@"^(?<name>.*\S)\s*\[(?<key>[^\[\]]+)\]$")]
    private static partial Regex QualifiedForm();
}
