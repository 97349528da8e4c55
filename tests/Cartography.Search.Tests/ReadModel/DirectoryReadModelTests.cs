using Cartography.Core.Taxonomy;
using Cartography.Search.ReadModel;

namespace Cartography.Search.Tests.ReadModel;

public class DirectoryReadModelTests
{
    [Fact]
    public void Before_any_replace_the_model_holds_the_empty_snapshot_and_is_not_loaded()
    {
        var model = new DirectoryReadModel();

        Assert.Same(DirectorySnapshot.Empty, model.Current);
        Assert.False(model.IsLoaded);
    }

    [Fact]
    public void After_replace_the_model_holds_the_new_snapshot_and_is_loaded()
    {
        var model = new DirectoryReadModel();
        var snapshot = SampleDirectory.Build();

        model.Replace(snapshot);

        Assert.Same(snapshot, model.Current);
        Assert.True(model.IsLoaded);
        Assert.Equal(7, model.Current.Query(new InitiativeQuery()).Total);
    }

    [Fact]
    public void A_later_replace_wins_even_with_an_empty_snapshot_and_the_model_stays_loaded()
    {
        var model = new DirectoryReadModel();
        var emptyFromTheDatabase = new DirectorySnapshot([], [], [], [], TermSet.Empty);

        model.Replace(SampleDirectory.Build());
        model.Replace(emptyFromTheDatabase);

        Assert.Same(emptyFromTheDatabase, model.Current);
        Assert.True(model.IsLoaded);
        Assert.Equal(0, model.Current.Query(new InitiativeQuery()).Total);
    }

    [Fact]
    public void Each_model_has_its_own_current_snapshot()
    {
        var loaded = new DirectoryReadModel();
        var other = new DirectoryReadModel();

        loaded.Replace(SampleDirectory.Build());

        Assert.Same(DirectorySnapshot.Empty, other.Current);
        Assert.False(other.IsLoaded);
    }
}
