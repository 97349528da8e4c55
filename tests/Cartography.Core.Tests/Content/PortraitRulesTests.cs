using Cartography.Core.Content;
using Cartography.Core.Cultures;

namespace Cartography.Core.Tests.Content;

public sealed class PortraitRulesTests
{
    private static readonly Portrait Valid = new() { Title = LocalizedText.Of(fr: "Karim") };

    [Fact]
    public void A_titled_portrait_without_images_is_valid() => Assert.Empty(PortraitRules.Validate(Valid));

    [Fact]
    public void A_portrait_needs_a_title()
    {
        var violation = Assert.Single(PortraitRules.Validate(Valid with { Title = LocalizedText.Empty }));
        Assert.Equal(("title", "Rule_Title_Required"), (violation.Field, violation.Code));
    }

    [Fact]
    public void Each_image_needs_its_alternative_text_in_every_culture()
    {
        var portrait = Valid with
        {
            Images =
            [
                new PortraitImage("/media/portraits/a.png", LocalizedText.Of("Karim au local", "Karim in het lokaal", "Karim at the premises")),
                new PortraitImage("/media/portraits/b.png", LocalizedText.Of(fr: "Le groupe")),
            ],
        };

        var violations = PortraitRules.Validate(portrait);

        Assert.Equal(2, violations.Count);
        Assert.All(violations, v => Assert.Equal(("alt-1", "Rule_ImageAlt_Required"), (v.Field, v.Code)));
        Assert.Contains(violations, v => v.Message.Contains("nl"));
        Assert.Contains(violations, v => v.Message.Contains("en"));
    }

    [Fact]
    public void A_title_over_two_hundred_characters_is_refused() =>
        Assert.Equal("Rule_Title_TooLong", Assert.Single(PortraitRules.Validate(Valid with { Title = LocalizedText.Of(nl: new string('x', 201)) })).Code);
}
