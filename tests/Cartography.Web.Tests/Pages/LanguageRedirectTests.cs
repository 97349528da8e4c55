namespace Cartography.Web.Tests.Pages;

public class LanguageRedirectTests(CartographyFactory factory) : IClassFixture<CartographyFactory>
{
    [Theory]
    [InlineData("nl-BE,nl;q=0.9,en;q=0.8", "/nl/")]
    [InlineData("en-GB,en;q=0.9", "/en/")]
    [InlineData("fr-BE", "/fr/")]
    [InlineData("de-DE,de;q=0.9,nl;q=0.5,fr;q=0.4", "/nl/")]
    [InlineData("de-DE,en;q=0.2,fr;q=0.8", "/fr/")]
    [InlineData("nl;q=0,en", "/en/")]
    [InlineData("es-ES,de", "/fr/")]
    [InlineData("", "/fr/")]
    public async Task Root_redirects_to_the_first_site_language_the_browser_accepts(string acceptLanguage, string location)
    {
        var client = factory.CreatePlainClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        if (acceptLanguage.Length > 0) request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        var response = await client.SendAsync(request);

        Assert.Equal(302, (int)response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }
}
