using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Core.Registration;
using Cartography.Data.Editorial;
using Cartography.Data.Registration;
using Cartography.Web.Features.Backoffice;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Web.Tests.Backoffice;

/// <summary>The count above a back office list and the pager below it say what the list holds, from the same answer as its rows.</summary>
public sealed class ListCountTests(CartographyFactory site) : IClassFixture<CartographyFactory>
{
    private async Task SendAsync(string name) =>
        await site.Services.GetRequiredService<SubmissionStore>().ReceiveAsync(new Submission(new Initiative
        {
            Name = LocalizedText.Of(fr: name), Status = "volunteer", Address = new Address("Rue de Fer 1", "5000", "Namur"),
            Sectors = ["mental-health"], Types = ["groups"],
        }, new PrivateDetails(new Submitter("Camille Dupont", "camille.count@example.org", "Coordinatrice"), new Consent(DateTimeOffset.UtcNow, "2026-11")), null)
        {
            Culture = Culture.Fr,
        });

    private static string Text(AngleSharp.Dom.IElement? element) =>
        string.Join(' ', (element?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task The_moderation_page_counts_the_pending_submissions_it_shows()
    {
        await SendAsync("Groupe de parole en attente, un");
        await SendAsync("Groupe de parole en attente, deux");
        var pending = (await site.Services.GetRequiredService<SubmissionStore>().PendingAsync(1, 20)).Total;
        var client = await site.SignInAsAsync(BackofficeRoles.Editor);

        var page = await Html.ParseAsync(await client.GetAsync("/backoffice/moderation"));

        // QuickGrid pads a page with blank rows: the submissions are the rows with a link.
        var rows = page.QuerySelectorAll("table.moderation-queue tbody tr").Where(r => r.QuerySelector("a") is not null).ToList();
        Assert.Equal(pending, rows.Count);
        Assert.Equal($"{pending} propositions en attente", Text(page.QuerySelector("main p[role=status]")));
        Assert.Equal($"Page 1 sur 1 ({pending} résultats)", Text(page.QuerySelector("nav.pager [aria-current=page]")));
    }

    [Theory]
    [InlineData("/backoffice/initiatives", ContentType.Initiative)]
    [InlineData("/backoffice/resources", ContentType.Resource)]
    public async Task A_content_list_counts_every_item_and_pages_them_twenty_at_a_time(string path, ContentType type)
    {
        var total = (await site.Services.GetRequiredService<EditorialQueries>().ListAsync(type, new ContentListQuery())).Total;
        var client = await site.SignInAsAsync(BackofficeRoles.Editor);

        var page = await Html.ParseAsync(await client.GetAsync(path));

        var rows = page.QuerySelectorAll("table.content-list tbody tr").Where(r => r.QuerySelector("a") is not null).ToList();
        Assert.Equal(Math.Min(total, 20), rows.Count);
        Assert.Equal($"{total} éléments", Text(page.QuerySelector("main p[role=status]")));
        Assert.Equal($"Page 1 sur {(total + 19) / 20} ({total} résultats)", Text(page.QuerySelector("nav.pager [aria-current=page]")));
    }
}
