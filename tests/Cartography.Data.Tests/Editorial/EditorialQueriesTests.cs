using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Data.Editorial;
using Cartography.Data.Storage;

namespace Cartography.Data.Tests.Editorial;

public sealed class EditorialQueriesTestsOnSqlite() : EditorialQueriesTests(DatabaseProvider.Sqlite);

public sealed class EditorialQueriesTestsOnPostgreSql() : EditorialQueriesTests(DatabaseProvider.PostgreSql);

public abstract class EditorialQueriesTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly Newsroom news = new(provider);

    public Task InitializeAsync() => news.InitializeAsync();
    public Task DisposeAsync() => news.DisposeAsync();

    private async Task<ContentPage> ListAsync(ContentListQuery query) => await news.Queries.ListAsync(ContentType.Initiative, query);

    [Fact]
    public async Task The_list_shows_each_items_state_badge_and_who_saved_it_last()
    {
        var draft = await news.CreateAsync("Brouillon");
        var published = await news.CreatePublishedAsync("Publié");
        var changed = await news.CreatePublishedAsync("Modifié");
        await news.Editor.SaveAsync(changed, 1, Newsroom.Initiative("Modifié encore"), "bob");
        var scheduled = await news.CreateAsync("Programmé");
        await news.Publisher.ScheduleAsync<Initiative>(scheduled, Newsroom.Monday.AddDays(2), null, "ann");
        var unpublished = await news.CreatePublishedAsync("Retiré");
        await news.Publisher.UnpublishAsync<Initiative>(unpublished, "ann");

        var page = await ListAsync(new ContentListQuery());

        var states = page.Items.ToDictionary(i => i.Id, i => i.State);
        Assert.Equal(EditState.Draft, states[draft]);
        Assert.Equal(EditState.Published, states[published]);
        Assert.Equal(EditState.ChangedSincePublished, states[changed]);
        Assert.Equal(EditState.Scheduled, states[scheduled]);
        Assert.Equal(EditState.Unpublished, states[unpublished]);
        var line = page.Items.Single(i => i.Id == changed);
        Assert.Equal(("Modifié encore", "bob", 2, 1), (line.Name.In(Culture.Fr), line.LastSavedBy, line.Version, line.PublishedVersion));
    }

    [Fact]
    public async Task Search_finds_a_name_in_any_culture_or_the_key_ignoring_case_and_accents()
    {
        var bilingual = (await news.Editor.CreateAsync(Newsroom.Initiative("Réseau d'entraide", nl: "Zelfhulpnetwerk"), "ann")).ItemId;
        var keyed = await news.CreateAsync("Autre chose", key: "ext-4711");
        await news.CreateAsync("Sans rapport");

        Assert.Equal([bilingual], (await ListAsync(new ContentListQuery("RESEAU"))).Items.Select(i => i.Id));
        Assert.Equal([bilingual], (await ListAsync(new ContentListQuery("hulpnet"))).Items.Select(i => i.Id));
        Assert.Equal([keyed], (await ListAsync(new ContentListQuery("4711"))).Items.Select(i => i.Id));
        Assert.Equal(0, (await ListAsync(new ContentListQuery("introuvable"))).Total);
    }

    [Fact]
    public async Task The_list_pages_and_sorts_by_name_last_saved_and_state()
    {
        foreach (var name in new[] { "Charlie", "écho", "Alpha", "delta", "Bravo" })
        {
            await news.CreateAsync(name);
            news.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        await news.Publisher.PublishAsync<Initiative>((await ListAsync(new ContentListQuery("delta"))).Items[0].Id, "ann");

        var byName = await ListAsync(new ContentListQuery(Sort: ContentSort.Name, Descending: false, Page: 2, PageSize: 2));
        var latestFirst = await ListAsync(new ContentListQuery(PageSize: 2));
        var byState = await ListAsync(new ContentListQuery(Sort: ContentSort.State, Descending: true, PageSize: 1));

        Assert.Equal(5, byName.Total);
        Assert.Equal(["Charlie", "delta"], byName.Items.Select(i => i.Name.In(Culture.Fr)));
        Assert.Equal(["Bravo", "delta"], latestFirst.Items.Select(i => i.Name.In(Culture.Fr)));
        Assert.Equal("delta", Assert.Single(byState.Items).Name.In(Culture.Fr));
    }

    [Fact]
    public async Task The_dashboard_counts_initiatives_not_verified_for_a_year()
    {
        var today = DateOnly.FromDateTime(Newsroom.Monday.UtcDateTime);
        await news.Editor.CreateAsync(Newsroom.Initiative("Vérifiée", lastVerified: today.AddMonths(-3)), "ann");
        await news.Editor.CreateAsync(Newsroom.Initiative("Ancienne", lastVerified: today.AddMonths(-13)), "ann");
        await news.Editor.CreateAsync(Newsroom.Initiative("Limite", lastVerified: today.AddMonths(-12)), "ann");
        await news.Editor.CreateAsync(Newsroom.Initiative("Jamais"), "ann");
        var deleted = (await news.Editor.CreateAsync(Newsroom.Initiative("Supprimée", lastVerified: today.AddYears(-5)), "ann")).ItemId;
        await news.Publisher.DeleteAsync<Initiative>(deleted, "ann");

        var dashboard = await news.Queries.DashboardAsync(Newsroom.Monday);

        Assert.Equal((1, 1), (dashboard.NotVerifiedForAYear, dashboard.NeverVerified));
    }

    [Fact]
    public async Task The_dashboard_gives_the_share_of_items_with_name_and_description_in_each_culture()
    {
        await news.Editor.CreateAsync(Newsroom.Initiative("Complète", nl: "Volledig", description: "Texte") with
        {
            Description = LocalizedText.Of(fr: "Texte", nl: "Tekst"),
        }, "ann");
        await news.Editor.CreateAsync(Newsroom.Initiative("Française", description: "Texte"), "ann");
        await news.Editor.CreateAsync(Newsroom.Initiative("Sans description", nl: "Zonder beschrijving"), "ann");
        await news.Editor.CreateAsync(new Resource { Title = LocalizedText.Of(en: "Guide"), Summary = LocalizedText.Of(en: "A guide"), Category = "guide", DocumentLanguage = "en" }, "ann");

        var translations = (await news.Queries.DashboardAsync(Newsroom.Monday)).Translations;

        TranslationCompleteness Of(ContentType type, Culture culture) => translations.Single(t => t.Type == type && t.Culture == culture);
        Assert.Equal((2, 3), (Of(ContentType.Initiative, Culture.Fr).Translated, Of(ContentType.Initiative, Culture.Fr).Total));
        Assert.Equal(1d / 3, Of(ContentType.Initiative, Culture.Nl).Share, 6);
        Assert.Equal(0, Of(ContentType.Initiative, Culture.En).Translated);
        Assert.Equal(1d, Of(ContentType.Resource, Culture.En).Share);
        Assert.Equal(0, Of(ContentType.Portrait, Culture.Fr).Total);
    }

    [Fact]
    public async Task The_dashboard_lists_the_latest_saves_newest_first_with_author_and_time()
    {
        var first = await news.CreateAsync("Premier", actor: "ann");
        news.Clock.Advance(TimeSpan.FromHours(1));
        await news.CreateAsync("Deuxième", actor: "bob");
        news.Clock.Advance(TimeSpan.FromHours(1));
        await news.Editor.SaveAsync(first, 1, Newsroom.Initiative("Premier, revu"), "carla");

        var recent = (await news.Queries.DashboardAsync(Newsroom.Monday, recentCount: 2)).RecentlyChanged;

        Assert.Equal([("Premier, revu", "carla", Newsroom.Monday.AddHours(2)), ("Deuxième", "bob", Newsroom.Monday.AddHours(1))],
            recent.Select(r => (r.Name.In(Culture.Fr)!, r.SavedBy, r.SavedAt)));
        Assert.Equal((ContentType.Initiative, 2, EditState.Draft), (recent[0].Type, recent[0].Version, recent[0].State));
    }
}
