using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Cartography.Web.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Cartography.Web.Tests.Localization;

public partial class ResourceTests(CartographyFactory factory) : IClassFixture<CartographyFactory>
{
    private static readonly string ResourceFolder = Path.Combine(CartographyFactory.RepositoryRoot, "src", "Cartography.Web", "Resources");

    private static IReadOnlyDictionary<string, string> Entries(string culture) =>
        XDocument.Load(Path.Combine(ResourceFolder, $"SharedResource.{culture}.resx")).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [Fact]
    public void The_three_resource_files_have_the_same_keys_and_no_empty_value()
    {
        var fr = Entries("fr");

        foreach (var culture in new[] { "nl", "en" })
            Assert.Equal(fr.Keys.Order(), Entries(culture).Keys.Order());
        Assert.All(new[] { "fr", "nl", "en" }.SelectMany(c => Entries(c)), e => Assert.False(string.IsNullOrWhiteSpace(e.Value), e.Key));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("nl")]
    [InlineData("en")]
    public void Every_key_is_found_by_the_site_localizer_in_every_culture(string culture)
    {
        var localizer = factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            foreach (var (key, value) in Entries(culture))
            {
                var found = localizer[key];
                Assert.False(found.ResourceNotFound, $"{key} not found in {culture}");
                Assert.Equal(value, found.Value);
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void Every_key_the_code_names_exists()
    {
        var keys = Entries("en").Keys.ToHashSet();
        var source = Path.Combine(CartographyFactory.RepositoryRoot, "src", "Cartography.Web");
        var used = Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor") || f.EndsWith(".cs"))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups["key"].Value)))
            .ToList();

        Assert.NotEmpty(used);
        Assert.All(used, u => Assert.True(keys.Contains(u.Key) || keys.Contains(u.Key + "_One"), $"{u.File} uses '{u.Key}', which is not in the resources"));
    }

    // L["Key"], localizer["Key"], Plural(culture, "Key", ...) and error keys handed around as strings.
    [GeneratedRegex("(?:\\bL|localizer)\\[\\s*\"(?<key>[A-Za-z_]+)\"|Plural\\([^,]+,\\s*\"(?<key>[A-Za-z_]+)\"|\"(?<key>Error_[A-Za-z]+)\"")]
    private static partial Regex LiteralKey();
}
