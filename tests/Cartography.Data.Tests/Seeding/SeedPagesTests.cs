using System.Text.RegularExpressions;
using Cartography.Tests.Shared;
using YamlDotNet.RepresentationModel;

namespace Cartography.Data.Tests.Seeding;

/// <summary>
/// The site's own pages in content/pages/, read as plain YAML in the format agreed for them (content/README.md):
/// every field filled in the three languages, the tree and its links sound, the accessibility statement complete.
/// </summary>
public sealed partial class SeedPagesTests
{
    private static readonly string[] Cultures = ["fr", "nl", "en"];

    private static readonly string[] Keys =
    [
        "about", "how-the-map-is-made", "guide", "guide-preparing-the-team", "guide-job-profile", "guide-recruitment",
        "guide-status-and-pay", "guide-support-and-intervision", "guide-evaluation", "accessibility", "legal-notice",
    ];

    /// <summary>Paths the site already answers under /{lang}/: a page's slug must not take one.</summary>
    private static readonly string[] Reserved =
        ["initiatives", "organisations", "portraits", "resources", "register", "contact", "privacy", "verify", "embed", "api", "backoffice", "error", "hsds", "media", "openapi"];

    private static readonly Dictionary<string, YamlMappingNode> Pages = Directory
        .EnumerateFiles(Path.Combine(RepositoryRoot.Path, "content", "pages"), "*.yaml")
        .ToDictionary(Path.GetFileNameWithoutExtension, Load)!;

    private static YamlMappingNode Load(string path)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(path)));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static string? Scalar(YamlMappingNode page, string field) =>
        page.Children.TryGetValue(field, out var node) ? ((YamlScalarNode)node).Value : null;

    private static string Text(string key, string field, string culture) =>
        ((YamlScalarNode)((YamlMappingNode)Pages[key][field])[culture]).Value ?? "";

    private static IReadOnlyList<string> List(string key, string field) =>
        Pages[key].Children.TryGetValue(field, out var node) ? ((YamlSequenceNode)node).Select(n => ((YamlScalarNode)n).Value!).ToList() : [];

    [Fact]
    public void Every_agreed_page_is_there_and_no_other_file_name_is_malformed()
    {
        Assert.All(Keys, key => Assert.True(Pages.ContainsKey(key), $"content/pages/{key}.yaml is missing"));
        Assert.All(Pages.Keys, key => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", key));
    }

    [Fact]
    public void Every_page_has_its_title_summary_slug_and_body_in_the_three_languages_and_nothing_unknown()
    {
        string[] fields = ["title", "summary", "slug", "parent", "order", "linkedFrom", "blocks", "resources", "body"];
        foreach (var (key, page) in Pages)
        {
            Assert.All(page.Children.Keys, k => Assert.Contains(((YamlScalarNode)k).Value, fields));
            foreach (var field in new[] { "title", "summary", "slug", "body" })
                foreach (var culture in Cultures)
                    Assert.False(string.IsNullOrWhiteSpace(Text(key, field, culture)), $"{key}: {field} is empty in {culture}");
            foreach (var culture in Cultures)
            {
                Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", Text(key, "slug", culture));
                Assert.DoesNotContain(Text(key, "slug", culture), Reserved);
                Assert.True(Text(key, "summary", culture).Length <= 300, $"{key}: the {culture} summary is longer than a meta description");
                Assert.DoesNotMatch(@"[*_`#\[]", Text(key, "summary", culture) + Text(key, "title", culture));
                Assert.DoesNotMatch(@"(?m)^# ", Text(key, "body", culture));
            }
        }
    }

    [Fact]
    public void The_guide_has_six_ordered_chapters_and_the_tree_refers_to_pages_that_exist()
    {
        var chapters = Pages.Where(p => Scalar(p.Value, "parent") == "guide").ToList();

        Assert.True(chapters.Count >= 6);
        Assert.Equal(chapters.Count, chapters.Select(c => int.Parse(Scalar(c.Value, "order")!)).Distinct().Count());
        Assert.All(Pages, p => Assert.True(Scalar(p.Value, "parent") is not { } parent || Pages.ContainsKey(parent), $"{p.Key}: unknown parent"));
        Assert.All(Pages, p => Assert.Contains(Scalar(p.Value, "linkedFrom") ?? "none", new[] { "header", "footer", "none" }));
        Assert.All(Pages, p => Assert.All(List(p.Key, "blocks"), b => Assert.Contains(b, new[] { "operator", "definitions", "attribution", "children" })));
        Assert.Contains("children", List("guide", "blocks"));
        Assert.Contains("definitions", List("how-the-map-is-made", "blocks"));
        Assert.Equal(["operator", "attribution"], List("legal-notice", "blocks"));
        foreach (var culture in Cultures)
        {
            // Siblings share a parent's address, so their slugs must differ within each culture.
            foreach (var siblings in Pages.GroupBy(p => Scalar(p.Value, "parent")))
                Assert.Equal(siblings.Count(), siblings.Select(p => Text(p.Key, "slug", culture)).Distinct().Count());
        }
    }

    [Fact]
    public void Each_guide_chapter_links_resources_of_the_library_that_exist()
    {
        var resources = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "content", "resources"), "*.yaml")
            .Select(Path.GetFileNameWithoutExtension).ToHashSet();

        foreach (var chapter in Pages.Where(p => Scalar(p.Value, "parent") == "guide"))
        {
            Assert.NotEmpty(List(chapter.Key, "resources"));
            Assert.All(List(chapter.Key, "resources"), r => Assert.True(resources.Contains(r), $"{chapter.Key}: no resource '{r}'"));
        }
    }

    [Fact]
    public void Links_between_pages_lead_to_a_page_of_the_same_language_or_a_known_address()
    {
        foreach (var culture in Cultures)
        {
            var addresses = Pages.Select(p => Scalar(p.Value, "parent") is { } parent
                ? $"/{culture}/{Text(parent, "slug", culture)}/{Text(p.Key, "slug", culture)}"
                : $"/{culture}/{Text(p.Key, "slug", culture)}").ToHashSet();
            foreach (var route in new[] { "contact", "register", "privacy", "resources" }) addresses.Add($"/{culture}/{route}");
            foreach (var key in Pages.Keys)
                foreach (Match link in InternalLink().Matches(Text(key, "body", culture)))
                    Assert.True(addresses.Contains(link.Groups[1].Value), $"{key} ({culture}) links {link.Groups[1].Value}, which is no page in {culture}");
        }
    }

    [Fact]
    public void French_texts_space_their_signs_with_a_narrow_no_break_space()
    {
        foreach (var key in Pages.Keys)
            foreach (var field in new[] { "title", "summary", "body" })
            {
                var text = Untouchable().Replace(Text(key, field, "fr"), "x");
                for (var i = 0; i < text.Length; i++)
                {
                    var c = text[i];
                    var ok = c switch
                    {
                        ';' or ':' or '!' or '?' or '»' => i > 0 && (text[i - 1] == '\u202F' || ";:!?".Contains(text[i - 1])),
                        '«' => i + 1 < text.Length && text[i + 1] == '\u202F',
                        _ => true,
                    };
                    Assert.True(ok, $"{key} {field}: '{c}' at {i} needs a narrow no-break space: …{text[Math.Max(0, i - 30)..Math.Min(text.Length, i + 10)]}…");
                }
            }
    }

    /// <summary>The parts Commission Implementing Decision (EU) 2018/1523 requires of an accessibility statement.</summary>
    public static TheoryData<string, string[], string[]> StatementParts => new()
    {
        { "fr", ["État de conformité", "Contenus non accessibles", "Établissement de cette déclaration", "Retour d'information et coordonnées", "Procédure de recours"],
          ["partiellement conforme", "Médiateur fédéral", "Vlaamse Ombudsdienst", "Médiateur de la Wallonie et de la Fédération Wallonie-Bruxelles", "Ombuds Bruxelles", "auto-évaluation"] },
        { "nl", ["Nalevingsstatus", "Niet-toegankelijke inhoud", "Opstelling van deze verklaring", "Feedback en contactgegevens", "Handhavingsprocedure"],
          ["gedeeltelijk", "federale Ombudsman", "Vlaamse Ombudsdienst", "Médiateur de la Wallonie et de la Fédération Wallonie-Bruxelles", "Brusselse Ombudsman", "zelfbeoordeling"] },
        { "en", ["Compliance status", "Non-accessible content", "Preparation of this statement", "Feedback and contact information", "Enforcement procedure"],
          ["partially compliant", "Federal Ombudsman", "Vlaamse Ombudsdienst", "Ombudsman of Wallonia and the Wallonia-Brussels Federation", "Ombuds Brussels", "self-assessment"] },
    };

    [Theory]
    [MemberData(nameof(StatementParts))]
    public void The_accessibility_statement_has_each_part_of_the_EU_model(string culture, string[] headings, string[] phrases)
    {
        var body = Text("accessibility", "body", culture).Replace('\u202F', ' ');
        var h2 = Regex.Matches(body, "(?m)^## (.+)$").Select(m => m.Groups[1].Value.Trim()).ToList();

        Assert.Equal(headings, h2);
        Assert.All(phrases, p => Assert.Contains(p, body));
        Assert.Contains("WCAG 2.1", body);
        Assert.Contains("EN 301 549", body);
        Assert.Contains("2018/1523", body);
        // The date it was prepared, and where to send feedback: the contact form in the same language.
        Assert.Matches(@"\b[1-3]?\d\.? \w+ 20\d\d\b", body);
        Assert.Contains($"](/{culture}/contact)", body);
        // Content that is not accessible comes with its alternative (the map's is the list).
        var nonAccessible = body[body.IndexOf(headings[1], StringComparison.Ordinal)..body.IndexOf(headings[2], StringComparison.Ordinal)];
        Assert.Matches(culture switch { "fr" => "Alternative", "nl" => "Alternatief", _ => "Alternative" }, nonAccessible);
        Assert.Contains("operator", List("accessibility", "blocks"));
    }

    [GeneratedRegex(@"\]\((/[a-z]{2}/[^)#?\s]*)")]
    private static partial Regex InternalLink();

    /// <summary>Addresses, link targets, times and code, which French spacing leaves alone.</summary>
    [GeneratedRegex(@"[a-z][a-z0-9+.-]*://\S*|\]\([^)]*\)|`[^`]*`|\b\d{1,2}:\d{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Untouchable();
}
