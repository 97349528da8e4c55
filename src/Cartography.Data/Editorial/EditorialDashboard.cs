namespace Cartography.Data.Editorial;

/// <summary>
/// The back office's front page figures. Deleted items count nowhere. <see cref="NotVerifiedForAYear"/> counts
/// initiatives last verified more than twelve months ago; <see cref="NeverVerified"/> those with no date at all.
/// </summary>
public sealed record EditorialDashboard(
    int NotVerifiedForAYear,
    int NeverVerified,
    IReadOnlyList<TranslationCompleteness> Translations,
    IReadOnlyList<RecentChange> RecentlyChanged);
