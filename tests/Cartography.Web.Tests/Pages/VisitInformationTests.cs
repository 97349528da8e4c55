using System.Net.Http.Json;
using System.Text.Json;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Search.ReadModel;
using Cartography.Web.Features.ReadModel;
using Cartography.Web.Features.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Web.Tests.Pages;

/// <summary>The site on a Belgian Monday, 10:30 (09:30 UTC in winter), so that "open now" has a known answer.</summary>
public sealed class MondayMorningFactory : CartographyFactory
{
    public static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 30, 0, TimeSpan.Zero);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FixedClock(Now)));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

public class VisitInformationTests(MondayMorningFactory factory) : IClassFixture<MondayMorningFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private const string Liege = "Travail de rue et réduction des risques par les pairs à Liège"; // Mo-Fr 10:00-16:00; Sa 13:00-17:00
    private const string Eupen = "Groupe de pairs germanophone à Eupen";                            // Tu 18:30-20:30
    private const string Antwerp = "Pair-aidance dans un projet drogues en prison (Anvers)";          // by appointment only

    private Published<Initiative> Find(string frenchName) =>
        factory.Services.GetRequiredService<DirectoryReadModel>().Current.Initiatives.Single(i => i.Content.Name.In(Culture.Fr) == frenchName);

    private async Task<AngleSharp.Dom.IDocument> PageAsync(string frenchName, Culture culture) =>
        await Html.ParseAsync(await client.GetAsync(Links.Initiative(culture, Find(frenchName).Content)));

    [Theory]
    [InlineData("fr", "Ouvert maintenant · ferme à 16:00", "Lundi (aujourd'hui)", "Sans rendez-vous", "Gratuit")]
    [InlineData("nl", "Nu open · sluit om 16:00", "Maandag (vandaag)", "Zonder afspraak", "Gratis")]
    [InlineData("en", "Open now · closes at 16:00", "Monday (today)", "Walk-in", "Free")]
    public async Task The_page_shows_the_week_with_today_marked_and_open_now_in_Belgian_time(string code, string status, string today, string walkIn, string free)
    {
        var page = await PageAsync(Liege, Culture.Parse(code));

        var section = page.QuerySelector("section.visit-information")!;
        Assert.Equal(status, Normalise(section.QuerySelector(".open-status")!.TextContent));
        var rows = section.QuerySelectorAll("table.opening-hours tbody tr");
        Assert.Equal(7, rows.Length);
        var current = Assert.Single(section.QuerySelectorAll("tr[aria-current=date]"));
        Assert.Equal(today, Normalise(current.QuerySelector("th")!.TextContent));
        Assert.Equal("10:00–16:00", current.QuerySelector("td")!.TextContent);
        Assert.Equal("13:00–17:00", rows[5].QuerySelector("td")!.TextContent);
        Assert.Contains(walkIn, section.QuerySelector(".visit-contact-modes")!.TextContent);
        Assert.Contains(free, section.QuerySelector(".visit-cost")!.TextContent);
        Assert.Equal(3, section.QuerySelectorAll(".access-features li").Length);
    }

    [Theory]
    [InlineData("fr", "Fermé maintenant · ouvre mardi à 18:30")]
    [InlineData("nl", "Nu gesloten · opent dinsdag om 18:30")]
    [InlineData("en", "Closed now · opens Tuesday at 18:30")]
    public async Task Closed_now_says_when_it_opens_next(string code, string status)
    {
        var page = await PageAsync(Eupen, Culture.Parse(code));

        Assert.Equal(status, Normalise(page.QuerySelector(".open-status-closed")!.TextContent));
    }

    [Fact]
    public async Task By_appointment_only_shows_no_open_status_and_no_week()
    {
        var page = await PageAsync(Antwerp, Culture.En);

        var section = page.QuerySelector("section.visit-information")!;
        Assert.Equal("By appointment only", section.QuerySelector(".by-appointment")!.TextContent.Trim());
        Assert.Null(section.QuerySelector(".open-status"));
        Assert.Null(section.QuerySelector("table"));
        Assert.Contains("Antwerp prison", section.QuerySelector(".visit-note")!.TextContent);
    }

    [Fact]
    public async Task Notes_are_shown_in_the_page_language()
    {
        var page = await PageAsync("Médiatrices et médiateurs en santé pairs à Vilvorde", Culture.Nl);

        Assert.Contains("Drie treden", page.QuerySelector(".visit-accessibility .visit-note")!.TextContent);
        Assert.Null(page.QuerySelector(".visit-accessibility .visit-note [lang]"));
    }

    [Fact]
    public async Task An_initiative_without_practical_information_has_no_section()
    {
        var page = await PageAsync("Pair-aidance dans l'équipe Housing First du SMES", Culture.Fr);

        Assert.NotNull(page.QuerySelector("dl.facts"));
        Assert.Null(page.QuerySelector("section.visit-information"));
    }

    [Fact]
    public async Task The_api_answers_hours_contact_modes_cost_and_accessibility_with_notes_in_the_culture_asked()
    {
        var id = Find(Liege).Id;

        var body = await client.GetFromJsonAsync<JsonElement>($"/api/v1/initiatives/{id}?culture=nl");

        var hours = body.GetProperty("hours");
        Assert.False(hours.GetProperty("byAppointmentOnly").GetBoolean());
        Assert.Equal(["10:00-16:00"], hours.GetProperty("days").GetProperty("monday").EnumerateArray().Select(r => r.GetString()));
        Assert.Empty(hours.GetProperty("days").GetProperty("sunday").EnumerateArray());
        Assert.StartsWith("Onthaal aan de balie", hours.GetProperty("note").GetString());
        Assert.Equal("nl", hours.GetProperty("noteCulture").GetString());
        Assert.Equal("open", hours.GetProperty("openNow").GetString());
        Assert.Equal(["walk-in"], body.GetProperty("contactModes").EnumerateArray().Select(m => m.GetString()));
        Assert.True(body.GetProperty("cost").GetProperty("free").GetBoolean());
        var access = body.GetProperty("accessibility");
        Assert.True(access.GetProperty("stepFree").GetBoolean());
        Assert.False(access.GetProperty("accessibleToilet").GetBoolean());
    }

    [Fact]
    public async Task The_api_answers_null_for_what_an_initiative_does_not_say_and_unknown_when_by_appointment()
    {
        var smes = await client.GetFromJsonAsync<JsonElement>($"/api/v1/initiatives/{Find("Pair-aidance dans l'équipe Housing First du SMES").Id}");
        var antwerp = await client.GetFromJsonAsync<JsonElement>($"/api/v1/initiatives/{Find(Antwerp).Id}?culture=en");

        Assert.Equal(JsonValueKind.Null, smes.GetProperty("hours").ValueKind);
        Assert.Equal(JsonValueKind.Null, smes.GetProperty("cost").ValueKind);
        Assert.Empty(smes.GetProperty("contactModes").EnumerateArray());
        Assert.Equal("unknown", antwerp.GetProperty("hours").GetProperty("openNow").GetString());
        Assert.True(antwerp.GetProperty("hours").GetProperty("byAppointmentOnly").GetBoolean());
    }

    [Fact]
    public async Task List_items_carry_contact_modes_and_whether_it_is_free()
    {
        var body = await client.GetFromJsonAsync<JsonElement>("/api/v1/initiatives?take=100");

        var liege = body.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == Find(Liege).Id);
        Assert.Equal(["walk-in"], liege.GetProperty("contactModes").EnumerateArray().Select(m => m.GetString()));
        Assert.True(liege.GetProperty("free").GetBoolean());
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t', '\u00a0', '\u202f'], StringSplitOptions.RemoveEmptyEntries));
}
