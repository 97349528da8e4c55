using Cartography.Core.Cultures;

namespace Cartography.Core.Content;

/// <summary>What makes a portrait fit to save: a title, and every image described in every culture for screen readers.</summary>
public static class PortraitRules
{
    public const int MaxTitleLength = 200;

    public static IReadOnlyList<RuleViolation> Validate(Portrait portrait)
    {
        var violations = new List<RuleViolation>();
        if (portrait.Title.IsEmpty) violations.Add(new("title", "Rule_Title_Required", "a title is required in at least one language"));
        foreach (var (culture, title) in portrait.Title.Values)
            if (title.Length > MaxTitleLength)
                violations.Add(new("title", "Rule_Title_TooLong", $"the {culture} title is longer than {MaxTitleLength} characters"));
        for (var i = 0; i < portrait.Images.Count; i++)
            foreach (var culture in portrait.Images[i].Alt.MissingCultures)
                violations.Add(new($"alt-{i}", "Rule_ImageAlt_Required", $"image {i + 1} has no alternative text in {culture}"));
        return violations;
    }
}
