using Cartography.Core.Cultures;
using static Cartography.Search.Tests.FullText.Initiatives;

namespace Cartography.Search.Tests.FullText;

/// <summary>Visitors keep searching while the feed applies changes.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Searches_on_several_threads_see_consistent_results_while_changes_are_applied()
    {
        var stable = Enumerable.Range(0, 200).Select(i => French($"Groupe {i}", "Entraide entre pairs.")).ToArray();
        using var index = TestIndex.With(stable);
        using var done = new CancellationTokenSource();

        var searchers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            var searches = 0;
            while (!done.IsCancellationRequested || searches == 0)
            {
                Assert.Equal(200, index.Index.Search(Culture.Fr, "entraide")!.Count);
                Assert.NotEmpty(index.Index.Suggest(Culture.Nl, "grou", 3));
                searches++;
            }
            return searches;
        })).ToList();

        for (var sequence = 2; sequence <= 21; sequence++)
            index.Apply([French($"Nouveau {sequence}", "Café.")], [], sequence);
        await done.CancelAsync();
        var counts = await Task.WhenAll(searchers);

        Assert.All(counts, count => Assert.True(count > 0));
        Assert.Equal(20, index.Index.Search(Culture.En, "café")!.Count);
        Assert.Equal(21, index.Index.Sequence);
    }
}
