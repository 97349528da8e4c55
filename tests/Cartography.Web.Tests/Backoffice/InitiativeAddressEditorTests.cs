using Bunit;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Data.Editorial;
using Cartography.Data.Writing;
using Cartography.Search.ReadModel;
using Cartography.Search.Searching;
using Cartography.Tests.Shared;
using Cartography.Web.Features.Backoffice;
using Cartography.Web.Features.Backoffice.Content;
using Cartography.Web.Features.Backoffice.Editing;
using Cartography.Web.Features.Media;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Web.Tests.Backoffice;

/// <summary>
/// The initiative editor's address on the real editorial services of a site: postal codes bpost does not know are
/// refused, and a code with several places offers them to choose from.
/// </summary>
public sealed class InitiativeAddressEditorTests : EditorComponentContext, IClassFixture<CartographyFactory>
{
    private readonly CartographyFactory site;

    public InitiativeAddressEditorTests(CartographyFactory site)
    {
        this.site = site;
        foreach (var service in new[] { typeof(ContentEditor), typeof(ContentService), typeof(DirectoryReadModel), typeof(DirectorySearch), typeof(MediaLibrary) })
            Services.AddSingleton(service, site.Services.GetRequiredService(service));
        AddAuthorization().SetAuthorized("editor@example.org").SetRoles(BackofficeRoles.Editor).SetPolicies(BackofficePolicies.Content);
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    private EditorialDesk Editor => site.Services.Desk();

    private async Task<Guid> NewInitiativeAsync() =>
        (await Editor.CreateAsync(new Initiative
        {
            Name = LocalizedText.Of(fr: "Pairs " + Guid.NewGuid().ToString("n")[..8]),
            Status = "volunteer", Sectors = ["mental-health"], Types = ["groups"],
            Address = new Address("Rue de Fer 1", "5000", "Namur"),
        }, "someone@example.org")).ItemId;

    private IRenderedComponent<EditorShell<Initiative>> Render(Guid id)
    {
        var shell = Render<EditorShell<Initiative>>(p => p
            .Add(s => s.Id, id)
            .Add(s => s.ListPath, "/backoffice/initiatives")
            .Add(s => s.Title, initiative => initiative.Name.For(Culture.En).Text)
            .Add(s => s.ChildContent, fields => builder =>
            {
                builder.OpenComponent<InitiativeForm>(0);
                builder.AddAttribute(1, nameof(InitiativeForm.Value), fields.Value);
                builder.AddAttribute(2, nameof(InitiativeForm.ValueChanged), Microsoft.AspNetCore.Components.EventCallback.Factory.Create<Initiative>(this, fields.Change));
                builder.AddAttribute(3, nameof(InitiativeForm.Errors), fields.Errors);
                builder.CloseComponent();
            }));
        shell.WaitForElement("#postal-code");
        return shell;
    }

    [Theory]
    [InlineData("1001")]
    [InlineData("9999")]
    public async Task A_code_missing_from_bposts_list_is_said_as_typed_and_refused_on_save(string code)
    {
        var id = await NewInitiativeAsync();
        var shell = Render(id);

        shell.Find("#postal-code").Change(code);
        Assert.Contains($"{code} is not a Belgian postal code.", shell.Find("#postal-code").ParentElement!.TextContent);
        Assert.True(shell.Find("button.from-address").HasAttribute("disabled"));
        shell.Find("form.editor-form").Submit();

        shell.WaitForAssertion(() => Assert.Contains("not saved", shell.Find(".editor-message").TextContent, StringComparison.OrdinalIgnoreCase));
        Assert.Single(shell.FindAll("#postal-code ~ .field-errors li"));
        Assert.Equal(code, shell.Find("#postal-code").GetAttribute("value"));
        var stored = (await Editor.GetAsync<Initiative>(id))!;
        Assert.Equal((1, "5000"), (stored.Version, stored.Content.Address.PostalCode));
    }

    [Fact]
    public async Task A_code_with_several_places_offers_them_and_the_one_picked_is_saved_as_the_city()
    {
        var id = await NewInitiativeAsync();
        var shell = Render(id);

        shell.Find("#postal-code").Change("1300");
        var radios = shell.FindAll(".place-choice input[type=radio]");
        Assert.Equal(["Limal", "Wavre"], radios.Select(r => r.GetAttribute("value")));
        Assert.Contains("Limal (municipality of Wavre)", shell.Find(".place-choice").TextContent);
        Assert.Contains("Walloon Brabant", shell.Find("#postal-code-place").TextContent);

        shell.Find("form.editor-form").Submit();
        shell.WaitForAssertion(() => Assert.Contains("Limal, Wavre", shell.Find("#city").ParentElement!.TextContent));
        Assert.Equal(1, (await Editor.GetAsync<Initiative>(id))!.Version);

        shell.Find(".place-choice input[value=Limal]").Change(true);
        Assert.Equal("Limal", shell.Find("#city").GetAttribute("value"));
        shell.Find("button.from-address").Click();
        shell.Find("form.editor-form").Submit();

        shell.WaitForAssertion(() => Assert.Contains("version 2", shell.Find(".editor-message").TextContent));
        var saved = (await Editor.GetAsync<Initiative>(id))!.Content;
        Assert.Equal(("1300", "Limal"), (saved.Address.PostalCode, saved.Address.City));
        Assert.Equal(BelgianPlaces.Belgium.Find("1300", "Limal")!.Centre, saved.Location);
    }
}
