using System.Net;
using Cartography.Core.Places;

namespace Cartography.Web.Tests.Registration;

/// <summary>The registration form's postal code and place: only codes bpost knows, and a choice where a code has several places.</summary>
public class RegisterPlaceTests(RegistrationFactory factory) : IClassFixture<RegistrationFactory>
{
    private readonly HttpClient client = factory.CreatePlainClient();

    private static string Marker() => Guid.NewGuid().ToString("n")[..10];

    [Theory]
    [InlineData("fr", "1001", "1001 n'est pas un code postal belge.")]
    [InlineData("fr", "9999", "9999 n'est pas un code postal belge.")]
    [InlineData("nl", "1001", "1001 is geen Belgische postcode.")]
    [InlineData("en", "9999", "9999 is not a Belgian postal code.")]
    public async Task A_code_missing_from_bposts_list_is_refused_with_its_message_and_the_form_keeps_what_was_typed(string culture, string code, string message)
    {
        var marker = Marker();
        var response = await client.SubmitAsync($"/{culture}/register", RegistrationForms.Valid(marker, culture).With("Form.PostalCode", code));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, page.QuerySelector("#postal-code-error")!.TextContent);
        Assert.Contains(message, page.QuerySelector(".error-summary a[href='#postal-code']")!.TextContent);
        Assert.Equal(code, page.QuerySelector("#postal-code")!.GetAttribute("value"));
        Assert.Equal("Bruxelles", page.QuerySelector("#city")!.GetAttribute("value"));
        Assert.Empty(page.QuerySelectorAll("input[name='Form.Place']"));
        Assert.Empty(await factory.PendingNamedAsync(marker));
    }

    [Fact]
    public async Task A_city_that_is_none_of_a_codes_places_brings_the_form_back_with_the_places_to_choose_from()
    {
        var marker = Marker();
        var response = await client.SubmitAsync("/fr/register", RegistrationForms.Valid(marker).With("Form.PostalCode", "1300").With("Form.City", "Namur"));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Limal, Wavre", page.QuerySelector("#city-error")!.TextContent);
        Assert.Equal("Namur", page.QuerySelector("#city")!.GetAttribute("value"));
        var choice = page.QuerySelector("#place-choice fieldset")!;
        Assert.Equal("Quelle localité\u202f?", choice.QuerySelector("legend")!.TextContent.Trim());
        var radios = choice.QuerySelectorAll("input[type=radio][name='Form.Place']");
        Assert.Equal(["Limal", "Wavre"], radios.Select(r => r.GetAttribute("value")));
        Assert.All(radios, r => Assert.False(r.HasAttribute("checked")));
        Assert.Equal("Limal (commune de Wavre)", page.QuerySelector($"label[for='{radios[0].Id}']")!.TextContent.Trim());
        Assert.Contains("Brabant wallon", page.QuerySelector("#postal-code-hint")!.TextContent);
        Assert.Empty(await factory.PendingNamedAsync(marker));
    }

    [Fact]
    public async Task The_place_picked_is_stored_as_its_city_and_without_a_position_the_initiative_stands_at_that_place()
    {
        var marker = Marker();
        var fields = RegistrationForms.Valid(marker).With("Form.PostalCode", "1300").With("Form.City", "Namur").With("Form.Place", "Limal")
            .With("Form.Latitude").With("Form.Longitude");

        var response = await client.SubmitAsync("/fr/register", fields);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var stored = Assert.Single(await factory.PendingNamedAsync(marker));
        Assert.Equal(("1300", "Limal"), (stored.Proposed.Address.PostalCode, stored.Proposed.Address.City));
        Assert.Equal(BelgianPlaces.Belgium.Find("1300", "Limal")!.Centre, stored.Proposed.Location);
    }

    [Fact]
    public async Task A_city_typed_in_another_language_is_kept_as_written_and_the_choice_shows_it_picked()
    {
        var marker = Marker();
        // Any other error brings the form back: the choice then shows the place the city names.
        var fields = RegistrationForms.Valid(marker, "nl").With("Form.PostalCode", "1300").With("Form.City", "waver").With("Form.StartedYear", "twee");

        var page = await Html.ParseAsync(await client.SubmitAsync("/nl/register", fields));

        Assert.Null(page.QuerySelector("#city-error"));
        Assert.Equal("waver", page.QuerySelector("#city")!.GetAttribute("value"));
        var picked = Assert.Single(page.QuerySelectorAll("#place-choice input[checked]"));
        Assert.Equal("Waver", picked.GetAttribute("value"));
        Assert.Contains("Welke plaats?", page.QuerySelector("#place-choice legend")!.TextContent);

        var sent = await client.SubmitAsync("/nl/register", fields.With("Form.StartedYear", "2019"));
        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        // Stored matched: the place's own spelling and its municipality.
        Assert.Equal(("Wavre", "25112"), (Assert.Single(await factory.PendingNamedAsync(marker)).Proposed.Address is var a ? (a.City, a.Municipality) : default));
    }

    [Fact]
    public async Task A_code_with_one_place_offers_no_choice()
    {
        var response = await client.SubmitAsync("/fr/register", RegistrationForms.Valid(Marker()).With("Form.PostalCode", "4000").With("Form.City", "Luik")
            .With("Form.NameFr", ""));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Null(page.QuerySelector("#city-error"));
        Assert.Empty(page.QuerySelectorAll("#place-choice input"));
        Assert.Contains("Liège", page.QuerySelector("#postal-code-hint")!.TextContent);
    }

    [Fact]
    public async Task The_default_marker_stands_at_the_postal_place_of_6680_sainte_ode()
    {
        var response = await client.SubmitAsync("/fr/register", RegistrationForms.Valid(Marker()).With("Form.PostalCode", "6680").With("Form.City", "Sainte-Ode")
            .With("Form.NameFr", "").With("Form.Latitude").With("Form.Longitude"));
        var page = await Html.ParseAsync(response);

        Assert.Equal("Sainte-Ode", Assert.Single(page.QuerySelectorAll("#place-choice input[checked]")).GetAttribute("value"));
        var place = page.QuerySelector("#register-map")!.GetAttribute("data-place")!;
        var point = System.Text.Json.JsonSerializer.Deserialize<double[]>(place)!;
        Assert.True(Kilometres(new GeoPoint(point[0], point[1]), new GeoPoint(50.020, 5.548)) < 5, place);
    }

    [Fact]
    public async Task A_huge_place_or_city_is_refused_with_a_message_not_a_fault()
    {
        var marker = Marker();
        var fields = RegistrationForms.Valid(marker).With("Form.PostalCode", "1300").With("Form.City", new string('w', 5000)).With("Form.Place", new string('l', 5000));

        var response = await client.SubmitAsync("/fr/register", fields);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("trop long", page.QuerySelector("#city-error")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("#place-choice input[type=radio]").Length);
        Assert.Empty(await factory.PendingNamedAsync(marker));
    }

    private static double Kilometres(GeoPoint a, GeoPoint b)
    {
        var dLat = (b.Latitude - a.Latitude) * Math.PI / 180;
        var dLon = (b.Longitude - a.Longitude) * Math.PI / 180;
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(a.Latitude * Math.PI / 180) * Math.Cos(b.Latitude * Math.PI / 180) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 12742 * Math.Asin(Math.Sqrt(h));
    }
}
