using Bunit;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Data.Editorial;
using Cartography.Data.Writing;
using Cartography.Tests.Shared;
using Cartography.Search.ReadModel;
using Cartography.Search.Searching;
using Cartography.Web.Features.Backoffice;
using Cartography.Web.Features.Backoffice.Content;
using Cartography.Web.Features.Backoffice.Editing;
using Cartography.Web.Features.Media;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Web.Tests.Backoffice;

/// <summary>
/// The editor around the fields, on the real editorial services and database of a site: saving a draft, and two
/// editors saving the same portrait — the second is told who saved what, and nothing of theirs is written.
/// </summary>
public sealed class EditorShellTests : EditorComponentContext, IClassFixture<CartographyFactory>
{
    private readonly CartographyFactory site;

    public EditorShellTests(CartographyFactory site)
    {
        this.site = site;
        foreach (var service in new[] { typeof(ContentEditor), typeof(ContentService), typeof(DirectoryReadModel), typeof(DirectorySearch), typeof(MediaLibrary) })
            Services.AddSingleton(service, site.Services.GetRequiredService(service));
        AddAuthorization().SetAuthorized("editor@example.org").SetRoles(BackofficeRoles.Editor).SetPolicies(BackofficePolicies.Content);
        // As on the back office's circuit: interactive on the server (set last: it builds the service provider).
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    private EditorialDesk Editor => site.Services.Desk();

    private async Task<Guid> NewPortraitAsync() =>
        (await Editor.CreateAsync(new Portrait { Title = LocalizedText.Of(fr: "Karim, pair-chercheur") }, "someone@example.org")).ItemId;

    private IRenderedComponent<EditorShell<Portrait>> Render(Guid id) => Render<EditorShell<Portrait>>(p => p
        .Add(s => s.Id, id)
        .Add(s => s.ListPath, "/backoffice/portraits")
        .Add(s => s.Title, portrait => portrait.Title.For(Culture.En).Text)
        .Add(s => s.ChildContent, fields => builder =>
        {
            builder.OpenComponent<PortraitForm>(0);
            builder.AddAttribute(1, nameof(PortraitForm.Value), fields.Value);
            builder.AddAttribute(2, nameof(PortraitForm.ValueChanged), Microsoft.AspNetCore.Components.EventCallback.Factory.Create<Portrait>(this, fields.Change));
            builder.AddAttribute(3, nameof(PortraitForm.Errors), fields.Errors);
            builder.CloseComponent();
        }));

    [Fact]
    public async Task Saving_writes_a_new_draft_and_says_the_public_site_has_not_changed()
    {
        var id = await NewPortraitAsync();
        var shell = Render(id);
        shell.WaitForElement("#title-fr");

        shell.Find("#summary-fr").Change("Un parcours de recherche.");
        shell.Find("form.editor-form").Submit();

        shell.WaitForAssertion(() => Assert.Contains("version 2", shell.Find(".editor-message").TextContent));
        var saved = await Editor.GetAsync<Portrait>(id);
        Assert.Equal(2, saved!.Version);
        Assert.Equal("Un parcours de recherche.", saved.Content.Summary.In(Culture.Fr));
        Assert.Null(saved.PublishedVersion);
    }

    [Fact]
    public async Task The_second_of_two_editors_is_shown_what_the_first_changed_and_nothing_of_theirs_is_written()
    {
        var id = await NewPortraitAsync();
        var shell = Render(id);
        shell.WaitForElement("#title-fr");
        await Editor.SaveAsync(id, 1, new Portrait { Title = LocalizedText.Of(fr: "Karim, pair-chercheur à Bruxelles") }, "other@example.org");

        shell.Find("#summary-fr").Change("Mon résumé.");
        shell.Find("form.editor-form").Submit();

        shell.WaitForAssertion(() => Assert.NotNull(shell.Find(".conflict[role=alert]")));
        Assert.Contains("other@example.org", shell.Find(".conflict").TextContent);
        var row = shell.Find(".conflict table.diff tbody tr");
        Assert.Equal("Title (French)", row.QuerySelector("th")?.TextContent);
        Assert.Equal("Karim, pair-chercheur à Bruxelles", row.QuerySelector("ins")?.TextContent);
        var stored = await Editor.GetAsync<Portrait>(id);
        Assert.Equal(2, stored!.Version);
        Assert.True(stored.Content.Summary.IsEmpty);
    }

    [Fact]
    public async Task A_portrait_image_without_alternative_text_in_every_culture_is_not_saved()
    {
        var id = await NewPortraitAsync();

        var outcome = await Editor.SaveAsync(id, 1, new Portrait
        {
            Title = LocalizedText.Of(fr: "Karim"),
            Images = [new PortraitImage("/media/portraits/a.png", LocalizedText.Of(fr: "Karim au local"))],
        }, "someone@example.org");

        Assert.Equal(EditStatus.Invalid, outcome.Status);
        Assert.Contains(outcome.Violations, v => v.Field == "alt-0" && v.Code == "Rule_ImageAlt_Required");
        Assert.Equal(1, (await Editor.GetAsync<Portrait>(id))!.Version);
    }

    [Fact]
    public async Task Publishing_an_item_without_slugs_gives_it_one_per_culture_first()
    {
        var id = await NewPortraitAsync();
        var shell = Render(id);
        shell.WaitForElement("#title-fr");

        shell.FindAll(".sticky-actions button").Single(b => b.TextContent == "Publish").Click();
        Assert.Null((await Editor.GetAsync<Portrait>(id))!.PublishedVersion);
        shell.Find("button.confirm-publish").Click();

        shell.WaitForAssertion(() => Assert.Equal("Published: this is the public version.", shell.Find(".editor-message").TextContent));
        var published = (await Editor.GetAsync<Portrait>(id))!;
        Assert.Equal((2, 2), (published.Version, published.PublishedVersion));
        Assert.Equal(LocalizedText.Of(fr: "karim-pair-chercheur", nl: "karim-pair-chercheur", en: "karim-pair-chercheur"), published.Content.Slug);
    }

    [Fact]
    public async Task A_resource_link_that_is_not_a_web_address_is_refused_in_the_editor_and_nothing_is_stored()
    {
        var id = (await Editor.CreateAsync(new Resource { Title = LocalizedText.Of(fr: "Guide"), Category = "guide", DocumentLanguage = "fr" }, "someone@example.org")).ItemId;
        var shell = Render<EditorShell<Resource>>(p => p
            .Add(s => s.Id, id)
            .Add(s => s.ListPath, "/backoffice/resources")
            .Add(s => s.Title, resource => resource.Title.For(Culture.En).Text)
            .Add(s => s.ChildContent, fields => builder =>
            {
                builder.OpenComponent<ResourceForm>(0);
                builder.AddAttribute(1, nameof(ResourceForm.Value), fields.Value);
                builder.AddAttribute(2, nameof(ResourceForm.ValueChanged), Microsoft.AspNetCore.Components.EventCallback.Factory.Create<Resource>(this, fields.Change));
                builder.AddAttribute(3, nameof(ResourceForm.Errors), fields.Errors);
                builder.CloseComponent();
            }));
        shell.WaitForElement("#link");

        shell.Find("#link").Change("javascript:alert(document.domain)");
        shell.Find("form.editor-form").Submit();

        shell.WaitForAssertion(() => Assert.Contains("http://", shell.Find("#link").ParentElement!.TextContent));
        var stored = (await Editor.GetAsync<Resource>(id))!;
        Assert.Equal((1, null), (stored.Version, stored.Content.Link));
    }
}
