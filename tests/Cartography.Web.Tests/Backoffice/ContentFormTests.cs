using Bunit;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Core.Taxonomy;
using Cartography.Search.FullText;
using Cartography.Search.ReadModel;
using Cartography.Search.Searching;
using Cartography.Web.Features.Backoffice.Editing;
using Cartography.Web.Features.Hosting;
using Cartography.Web.Features.Media;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Web.Tests.Backoffice;

/// <summary>The editors of each content type, composed of the components tested on their own.</summary>
public sealed class ContentFormTests : EditorComponentContext
{
    private static readonly Guid OrganisationId = Guid.NewGuid();
    private static readonly Guid InitiativeId = Guid.NewGuid();

    private static readonly TermSet Terms = new(
    [
        new Term(Vocabulary.Sector, "mental-health", LocalizedText.Of("Santé mentale", "Geestelijke gezondheid", "Mental health"), 1),
        new Term(Vocabulary.Type, "groups", LocalizedText.Of("Groupes", "Groepen", "Groups"), 1),
        new Term(Vocabulary.Status, "salaried", LocalizedText.Of("Salariés", "Bezoldigd", "Salaried"), 1),
        new Term(Vocabulary.Status, "volunteer", LocalizedText.Of("Bénévoles", "Vrijwilligers", "Volunteers"), 2),
    ]);

    private static readonly Initiative Initiative = new()
    {
        Name = LocalizedText.Of(fr: "Groupe d'entraide", nl: "Zelfhulpgroep"),
        Status = "salaried",
        Address = new Address(null, "4000", "Liège"),
        Sectors = ["mental-health"],
    };

    private readonly string indexFolder = Path.Combine(Path.GetTempPath(), "cartography-form-tests", Guid.NewGuid().ToString("n"));
    private readonly InitiativeIndex index;

    public ContentFormTests()
    {
        var model = new DirectoryReadModel();
        var snapshot = new DirectorySnapshot(
            [new Published<Initiative>(InitiativeId, Initiative)],
            [new Published<Organisation>(OrganisationId, new Organisation { Name = LocalizedText.Of(fr: "Similes", nl: "Similes Vlaanderen", en: "Similes") })],
            [], [], Terms);
        model.Replace(snapshot);
        index = InitiativeIndex.Open(indexFolder);
        index.Rebuild(snapshot.Initiatives.Select(snapshot.IndexDocumentOf), sequence: 1);
        Services.AddSingleton(model);
        Services.AddSingleton(new DirectorySearch(model, index, (culture, initiative) => $"/{culture.Code}/initiatives/x"));
        Services.AddSingleton(new MediaLibrary(new DataFolder(Path.Combine(Path.GetTempPath(), "cartography-form-tests"))));
    }

    [Fact]
    public void The_portrait_editor_shows_the_texts_of_the_chosen_culture_and_what_is_missing_there()
    {
        var portrait = new Portrait { Title = LocalizedText.Of(fr: "Karim, pair-chercheur"), Summary = LocalizedText.Of(fr: "Un parcours.") };
        var form = Render<PortraitForm>(p => p.Add(f => f.Value, portrait));

        Assert.Contains("1 text missing", form.Find("[data-culture=fr]").TextContent);   // the body
        Assert.Contains("3 texts missing", form.Find("[data-culture=nl]").TextContent);
        form.Find("[data-culture=nl]").Click();

        Assert.Equal("portrait-texts", form.Find("[role=tabpanel]").Id);
        Assert.Equal("culture-tab-nl", form.Find("[role=tabpanel]").GetAttribute("aria-labelledby"));
        Assert.NotNull(form.Find("#title-nl"));
        Assert.Contains("Karim, pair-chercheur", form.Find("[data-field=title] .reference-text").TextContent);
    }

    [Fact]
    public void Translating_a_portrait_title_keeps_the_french_one()
    {
        Portrait? changed = null;
        var form = Render<PortraitForm>(p => p
            .Add(f => f.Value, new Portrait { Title = LocalizedText.Of(fr: "Karim, pair-chercheur") })
            .Add(f => f.ValueChanged, value => changed = value));
        form.Find("[data-culture=nl]").Click();
        form.Find("#title-nl").Change("Karim, ervaringsonderzoeker");

        Assert.Equal(LocalizedText.Of(fr: "Karim, pair-chercheur", nl: "Karim, ervaringsonderzoeker"), changed!.Title);
    }

    [Fact]
    public void A_portrait_links_a_published_initiative_found_by_a_word_of_its_name()
    {
        Portrait? changed = null;
        var form = Render<PortraitForm>(p => p
            .Add(f => f.Value, new Portrait { Title = LocalizedText.Of(fr: "Karim") })
            .Add(f => f.ValueChanged, value => changed = value));
        form.Find("#initiative-filter").Input("entraide");
        form.Find($".candidates [data-id='{InitiativeId}'] button").Click();

        Assert.Equal([InitiativeId], changed!.InitiativeIds);
    }

    [Fact]
    public void The_initiative_editor_derives_the_province_from_the_postal_code()
    {
        var form = Render<InitiativeForm>(p => p.Add(f => f.Value, Initiative));

        Assert.Equal("Liège", form.Find(".address .derived").TextContent);
        Assert.Equal("4000", form.Find("#postal-code").GetAttribute("value"));
    }

    [Fact]
    public void The_initiative_editor_puts_each_rule_message_next_to_its_field()
    {
        var errors = new Dictionary<string, IReadOnlyList<string>>
        {
            ["postal_code"] = ["'12' is not a Belgian postal code"],
            ["name_fr"] = ["The French name is too long"],
        };
        var form = Render<InitiativeForm>(p => p.Add(f => f.Value, Initiative).Add(f => f.Errors, errors));

        Assert.Contains("not a Belgian postal code", form.Find("#postal-code").ParentElement!.TextContent);
        Assert.Contains("too long", form.Find("[data-field=name]").TextContent);
    }

    [Fact]
    public void The_initiative_editor_offers_the_organisations_and_the_statuses()
    {
        Initiative? changed = null;
        var form = Render<InitiativeForm>(p => p.Add(f => f.Value, Initiative).Add(f => f.ValueChanged, value => changed = value));

        form.Find("#organisation").Change(OrganisationId.ToString());
        Assert.Equal(OrganisationId, changed!.OrganisationId);

        form.Find("#status-volunteer").Change(true);
        Assert.Equal("volunteer", changed.Status);

        form.Find("#language-vgt").Change(true);
        Assert.Equal(["vgt"], changed.Languages);
    }

    [Fact]
    public void The_initiative_editor_edits_hours_contact_modes_cost_and_accessibility()
    {
        Initiative changed = Initiative;
        var form = Render<InitiativeForm>(p => p.Add(f => f.Value, Initiative).Add(f => f.ValueChanged, value => changed = value));

        form.Find("#hours-tuesday").Change("9h-12h, 13:00-17:00");
        Assert.Equal([new TimeRange(540, 720), new TimeRange(780, 1020)], changed.Hours!.Tuesday);

        form.Render(p => p.Add(f => f.Value, changed));
        form.Find("#contact-mode-on-referral").Change(true);
        Assert.Equal([ContactModes.OnReferral], changed.ContactModes);

        form.Render(p => p.Add(f => f.Value, changed));
        form.Find("#cost-free-yes").Change(true);
        form.Render(p => p.Add(f => f.Value, changed));
        form.Find("#step-free-no").Change(true);
        form.Render(p => p.Add(f => f.Value, changed));
        form.Find("#accessibility-note-fr").Change("Trois marches");

        Assert.Equal(new Cost { Free = true }, changed.Cost);
        Assert.Equal(new Accessibility { StepFree = false, Note = LocalizedText.Of(fr: "Trois marches") }, changed.Accessibility);
        Assert.Equal("09:00–12:00, 13:00–17:00", form.Find("#hours-tuesday").GetAttribute("value"));
    }

    [Fact]
    public void Hours_that_cannot_be_read_stay_as_typed_with_a_message_and_change_nothing()
    {
        Initiative? changed = null;
        var form = Render<InitiativeForm>(p => p.Add(f => f.Value, Initiative).Add(f => f.ValueChanged, value => changed = value));

        form.Find("#hours-monday").Change("25:00-26:00");

        Assert.Null(changed);
        Assert.Equal("25:00-26:00", form.Find("#hours-monday").GetAttribute("value"));
        Assert.Contains("cannot be read as times", form.Find("#hours-monday").ParentElement!.TextContent);
        Assert.Equal("true", form.Find("#hours-monday").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void Rule_messages_about_hours_land_next_to_their_day()
    {
        var errors = new Dictionary<string, IReadOnlyList<string>> { ["hours_friday"] = ["The ranges overlap."] };
        var form = Render<InitiativeForm>(p => p.Add(f => f.Value, Initiative with { Hours = new OpeningHours { Friday = [new TimeRange(540, 720), new TimeRange(600, 780)] } })
            .Add(f => f.Errors, errors));

        Assert.Contains("The ranges overlap.", form.Find("#hours-friday").ParentElement!.TextContent);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        index.Dispose();
        if (Directory.Exists(indexFolder)) Directory.Delete(indexFolder, recursive: true);
    }
}
