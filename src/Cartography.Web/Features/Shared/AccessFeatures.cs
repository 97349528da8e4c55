using Cartography.Core.Content;

namespace Cartography.Web.Features.Shared;

/// <summary>The accessibility features an initiative can state, with their resource keys, in the order pages list them.</summary>
public static class AccessFeatures
{
    public static IReadOnlyList<(string Label, bool? Value)> Of(Accessibility access) =>
    [
        ("Access_StepFree", access.StepFree),
        ("Access_AccessibleToilet", access.AccessibleToilet),
        ("Access_InductionLoop", access.InductionLoop),
    ];
}
