using System.Runtime.CompilerServices;
using Cartography.Core.Content;
using Cartography.Search.FullText;
using Cartography.Search.ReadModel;
using Cartography.Search.Searching;

namespace Cartography.Search.Tests.ReadModel;

/// <summary>A page of a search, as the list shows it.</summary>
public sealed record InitiativePage(int Total, IReadOnlyList<Published<Initiative>> Items);

/// <summary>
/// Searches a snapshot the way the site does: through <see cref="DirectorySearch"/> with a real full-text index,
/// built once per snapshot in a temporary folder.
/// </summary>
internal static class SnapshotSearch
{
    private static readonly ConditionalWeakTable<DirectorySnapshot, DirectorySearch> Searches = new();
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "cartography-search-tests", Guid.NewGuid().ToString("n"));

    static SnapshotSearch() =>
        AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { Directory.Delete(Root, recursive: true); } catch (IOException) { } };

    public static InitiativePage Query(this DirectorySnapshot snapshot, InitiativeQuery query)
    {
        var result = snapshot.Search().Search(query);
        return new InitiativePage(result.Total, result.Items.Select(i => i.Initiative).ToList());
    }

    public static DirectorySearch Search(this DirectorySnapshot snapshot) => Searches.GetValue(snapshot, Create);

    private static DirectorySearch Create(DirectorySnapshot snapshot)
    {
        var index = InitiativeIndex.Open(Path.Combine(Root, Guid.NewGuid().ToString("n")));
        index.Rebuild(snapshot.Initiatives.Select(snapshot.IndexDocumentOf), sequence: 1);
        var model = new DirectoryReadModel();
        model.Replace(snapshot);
        return new DirectorySearch(model, index, (culture, initiative) => $"/{culture.Code}/initiatives/{initiative.Slug.For(culture).Text}");
    }
}
