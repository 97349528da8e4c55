using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Cartography.Web.Tests.Localization;

/// <summary>One inclusive form in the French interface: the middle dot (docs/writing-french.md).</summary>
public sealed partial class InclusiveFrenchTests
{
    private static IEnumerable<(string Key, string Value)> FrenchStrings() =>
        XDocument.Load(Path.Combine(CartographyFactory.RepositoryRoot, "src", "Cartography.Web", "Resources", "SharedResource.fr.resx"))
            .Root!.Elements("data").Select(d => (d.Attribute("name")!.Value, d.Element("value")!.Value));

    [Fact]
    public void Nouns_for_people_take_the_middle_dot_form()
    {
        var wrong = FrenchStrings().SelectMany(s => MasculineOnly().Matches(s.Value).Select(m => $"{s.Key}: '{m.Value}' in {s.Value}")).ToList();

        Assert.True(wrong.Count == 0, "Use the middle dot form (pair-aidant·e·s, éditeur·rice):\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void No_other_inclusive_style_is_mixed_in()
    {
        var wrong = FrenchStrings().Where(s => OtherStyle().IsMatch(s.Value)).Select(s => $"{s.Key}: {s.Value}").ToList();

        Assert.True(wrong.Count == 0, "Only the middle dot, not (e), .e. or /e:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void The_checks_catch_what_they_are_for()
    {
        Assert.Matches(MasculineOnly(), "Le nombre de pair-aidants");
        Assert.Matches(MasculineOnly(), "Un administrateur peut");
        Assert.DoesNotMatch(MasculineOnly(), "Le nombre de pair-aidant·e·s, un·e administrateur·rice, la pair-aidance");
        Assert.Matches(OtherStyle(), "salarié(e)s");
        Assert.Matches(OtherStyle(), "participant.e.s");
        Assert.DoesNotMatch(OtherStyle(), "Version 2.0, e-mail, (facultatif)");
    }

    [GeneratedRegex(@"\b(pair-aidants?|aidants?|auteurs?|administrateurs?|éditeurs?|traducteurs?|utilisateurs?|salariés?|indépendants?|chercheurs?|formateurs?|animateurs?|professionnels?|participants?|connectés?)\b(?!·)", RegexOptions.IgnoreCase)]
    private static partial Regex MasculineOnly();

    [GeneratedRegex(@"\p{L}\((e|es|le|ne|rice|euse)\)|\p{L}\.(e|es|rice|euse)\b(\.s)?|\p{L}/e\b")]
    private static partial Regex OtherStyle();
}
