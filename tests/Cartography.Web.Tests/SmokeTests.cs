namespace Cartography.Web.Tests;

public class SmokeTests(CartographyFactory factory) : IClassFixture<CartographyFactory>
{
    [Fact]
    public async Task Health_answers_once_the_database_is_migrated_and_the_content_loaded()
    {
        var response = await factory.CreateClient().GetAsync("/healthz");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/css/site.css", "text/css")]
    [InlineData("/_framework/blazor.web.js", "text/javascript")]
    public async Task Static_files_from_the_root_wwwroot_and_the_framework_are_served(string path, string contentType)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_database_lives_in_the_configured_data_folder()
    {
        await factory.CreateClient().GetAsync("/healthz");

        Assert.True(File.Exists(Path.Combine(factory.DataPath, "cartography.db")));
    }
}
