using Cartography.Data.Writing;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Publishing;
using Cartography.Data.Editorial;
using Cartography.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Tests.Editorial;

public sealed class ItemColumnsBackfillTestsOnSqlite() : ItemColumnsBackfillTests(DatabaseProvider.Sqlite);

public sealed class ItemColumnsBackfillTestsOnPostgreSql() : ItemColumnsBackfillTests(DatabaseProvider.PostgreSql);

public abstract class ItemColumnsBackfillTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly Newsroom news = new(provider);

    public Task InitializeAsync() => news.InitializeAsync();
    public Task DisposeAsync() => news.DisposeAsync();

    [Fact]
    public async Task Items_saved_before_the_list_columns_existed_get_them_from_their_latest_version()
    {
        var item = ContentItem<Initiative>.Create(Guid.NewGuid(), "old", Newsroom.Initiative("Ancien nom"), "importer", Newsroom.Monday);
        item.Save(Newsroom.Initiative("Nouveau nom", nl: "Nieuwe naam"), "ann", Newsroom.Monday.AddDays(1));
        var batch1 = news.Db.Content.OpenBatch(Actor.System("test"));
        await using (var session = news.Db.Store.OpenSession()) { batch1.Stage(item); await batch1.CommitOrFailAsync(); }
        await using (var context = news.Db.Database.CreateContext())
        {
            await context.ContentItems.ExecuteUpdateAsync(s => s
                .SetProperty(i => i.LastSavedBy, "").SetProperty(i => i.NameFr, (string?)null).SetProperty(i => i.SearchText, ""));
        }

        Assert.Equal(1, await new ItemColumnsBackfill(news.Db.Database).FillAsync());

        var line = Assert.Single((await news.Queries.ListAsync(ContentType.Initiative, new ContentListQuery("nieuwe"))).Items);
        Assert.Equal(("Nouveau nom", "ann", Newsroom.Monday.AddDays(1)), (line.Name.In(Culture.Fr), line.LastSavedBy, line.LastSavedAt));
        Assert.Equal(0, await new ItemColumnsBackfill(news.Db.Database).FillAsync());
    }

    [Fact]
    public async Task Content_written_by_the_importers_session_appears_in_the_lists_with_its_state()
    {
        var item = ContentItem<Initiative>.Create(Guid.NewGuid(), null, Newsroom.Initiative("Importée"), "import", Newsroom.Monday);
        item.Publish(Newsroom.Monday);
        var batch2 = news.Db.Content.OpenBatch(Actor.System("test"));
        await using (var session = news.Db.Store.OpenSession()) { batch2.Stage(item); await batch2.CommitOrFailAsync(); }

        var line = Assert.Single((await news.Queries.ListAsync(ContentType.Initiative, new ContentListQuery("importee"))).Items);

        Assert.Equal((EditState.Published, "import"), (line.State, line.LastSavedBy));
    }
}
