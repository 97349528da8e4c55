namespace Cartography.Core.Content;

/// <summary>How a person gets in touch with an initiative: the keys the CSV, the API and the forms use.</summary>
public static class ContactModes
{
    public const string WalkIn = "walk-in";
    public const string ByAppointment = "by-appointment";
    public const string OnReferral = "on-referral";

    public static IReadOnlyList<string> All { get; } = [WalkIn, ByAppointment, OnReferral];

    public static bool IsKnown(string? key) => key is not null && All.Contains(key);
}
