using Cartography.Core.Cultures;
using Cartography.Search.FullText;
using static Cartography.Search.Tests.FullText.Initiatives;

namespace Cartography.Search.Tests.FullText;

/// <summary>The index lives on disk: it survives a restart, says which feed position it holds, and recovers from garbage.</summary>
public sealed class PersistenceTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static readonly IndexDocument[] Sample =
    [
        French("Ligne d'écoute", "Au téléphone."),
        Dutch("Praatgroep", "Voor ervaringsdeskundigen."),
        English("Recovery college", "Courses."),
    ];

    [Fact]
    public void A_new_index_has_no_sequence_and_finds_nothing()
    {
        using var index = InitiativeIndex.Open(folder.Path);

        Assert.Null(index.Sequence);
        Assert.Equal(0, index.Search(Culture.Fr, "écoute")!.Count);
        Assert.Empty(index.Suggest(Culture.Fr, "éc", 5));
    }

    [Fact]
    public void Opening_a_folder_that_does_not_exist_creates_it()
    {
        var path = Path.Combine(folder.Path, "deeper", "index");
        using var index = InitiativeIndex.Open(path);

        Assert.Null(index.Sequence);
        index.Rebuild(Sample, 3);
        Assert.Equal(3, index.Sequence);
        Assert.True(Directory.Exists(Path.Combine(path, "nl")));
    }

    [Fact]
    public void Rebuilding_with_no_initiatives_still_records_the_sequence()
    {
        using var index = InitiativeIndex.Open(folder.Path);
        index.Rebuild([], 12);

        Assert.Equal(12, index.Sequence);
        Assert.Equal(0, index.Search(Culture.Nl, "praatgroep")!.Count);
    }

    [Fact]
    public void A_rebuild_replaces_everything_that_was_there()
    {
        using var index = InitiativeIndex.Open(folder.Path);
        index.Rebuild(Sample, 1);
        index.Rebuild([French("Maison des familles")], 2);

        Assert.Equal(0, index.Search(Culture.Fr, "écoute")!.Count);
        Assert.Equal(1, index.Search(Culture.Fr, "familles")!.Count);
        Assert.Equal(2, index.Sequence);
    }

    [Fact]
    public void Reopening_gives_the_same_hits_and_sequence()
    {
        var added = French("Café des pairs", "Tous les jeudis.");
        IReadOnlyList<Guid> before;
        using (var index = InitiativeIndex.Open(folder.Path))
        {
            index.Rebuild(Sample, 41);
            index.Apply([added], [Sample[0].Id], 42);
            before = IdsFound(index);
        }

        using var reopened = InitiativeIndex.Open(folder.Path);

        Assert.Equal(42, reopened.Sequence);
        Assert.Equal(before, IdsFound(reopened));
        Assert.Equal([added.Id], reopened.Search(Culture.Nl, "jeudis")!.Ids);
        Assert.Equal(0, reopened.Search(Culture.Fr, "téléphone")!.Count);
        Assert.Equal("Praatgroep", Assert.Single(reopened.Suggest(Culture.En, "praat", 5)).Name);
    }

    [Fact]
    public void Cultures_that_disagree_on_the_sequence_give_no_sequence()
    {
        using (var index = InitiativeIndex.Open(folder.Path)) index.Rebuild(Sample, 5);
        using var older = new TemporaryFolder();
        using (var index = InitiativeIndex.Open(older.Path)) index.Rebuild(Sample, 4);
        ReplaceFolder(Path.Combine(folder.Path, "en"), Path.Combine(older.Path, "en"));

        using var mixed = InitiativeIndex.Open(folder.Path);

        Assert.Null(mixed.Sequence);
        mixed.Rebuild(Sample, 6);
        Assert.Equal(6, mixed.Sequence);
    }

    public static TheoryData<string> GarbageKinds => ["segments file of random bytes", "every file truncated", "culture folder is a file", "unrelated files only"];

    [Theory]
    [MemberData(nameof(GarbageKinds))]
    public void A_garbage_folder_opens_without_sequence_and_a_rebuild_recovers(string garbage)
    {
        using (var index = InitiativeIndex.Open(folder.Path)) index.Rebuild(Sample, 9);
        Spoil(folder.Path, garbage);

        using var spoiled = InitiativeIndex.Open(folder.Path);

        Assert.Null(spoiled.Sequence);
        Assert.Equal(0, spoiled.Search(Culture.Fr, "écoute")!.Count);
        spoiled.Rebuild(Sample, 10);
        Assert.Equal(10, spoiled.Sequence);
        foreach (var culture in Culture.All)
            Assert.Equal([Sample[0].Id], spoiled.Search(culture, "écoute")!.Ids);
    }

    [Fact]
    public void Applying_changes_to_an_unreadable_index_asks_for_a_rebuild()
    {
        Spoil(folder.Path, "segments file of random bytes");
        using var index = InitiativeIndex.Open(folder.Path);

        Assert.Throws<InvalidOperationException>(() => index.Apply([Sample[0]], [], 1));
    }

    [Fact]
    public void A_folder_already_open_for_writing_is_refused_rather_than_treated_as_garbage()
    {
        using var first = InitiativeIndex.Open(folder.Path);
        first.Rebuild(Sample, 8);

        Assert.Throws<InvalidOperationException>(() => InitiativeIndex.Open(folder.Path));
        Assert.Equal(8, first.Sequence);
        Assert.Equal([Sample[0].Id], first.Search(Culture.Fr, "écoute")!.Ids);
    }

    [Fact]
    public void A_refused_apply_leaves_the_readable_cultures_as_they_were()
    {
        using (var index = InitiativeIndex.Open(folder.Path)) index.Rebuild(Sample, 3);
        Spoil(folder.Path, "segments file of random bytes", Culture.En);
        using var partly = InitiativeIndex.Open(folder.Path);

        Assert.Null(partly.Sequence);
        Assert.Throws<InvalidOperationException>(() => partly.Apply([], [Sample[0].Id], 4));
        Assert.Equal([Sample[0].Id], partly.Search(Culture.Fr, "écoute")!.Ids);
        Assert.Equal(0, partly.Search(Culture.En, "écoute")!.Count);
    }

    private static List<Guid> IdsFound(InitiativeIndex index) =>
        Culture.All.SelectMany(c => new[] { "écoute", "praatgroep", "recovery", "café", "jeudi" }
                .SelectMany(word => index.Search(c, word)!.Ids))
            .ToList();

    private static void ReplaceFolder(string target, string source)
    {
        Directory.Delete(target, recursive: true);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
    }

    private static void Spoil(string folder, string garbage, params Culture[] cultures)
    {
        var random = new Random(1);
        foreach (var culture in cultures.Length == 0 ? Culture.All : cultures)
        {
            var path = Path.Combine(folder, culture.Code);
            switch (garbage)
            {
                case "segments file of random bytes":
                    Directory.CreateDirectory(path);
                    foreach (var file in Directory.GetFiles(path, "segments*")) File.Delete(file);
                    var bytes = new byte[300];
                    random.NextBytes(bytes);
                    File.WriteAllBytes(Path.Combine(path, "segments_1"), bytes);
                    break;
                case "every file truncated":
                    foreach (var file in Directory.GetFiles(path))
                        if (!file.EndsWith("write.lock", StringComparison.Ordinal)) File.WriteAllBytes(file, [1, 2, 3]);
                    break;
                case "culture folder is a file":
                    Directory.Delete(path, recursive: true);
                    File.WriteAllText(path, "not an index");
                    break;
                case "unrelated files only":
                    Directory.Delete(path, recursive: true);
                    Directory.CreateDirectory(path);
                    File.WriteAllText(Path.Combine(path, "notes.txt"), "hello");
                    break;
            }
        }
    }
}
