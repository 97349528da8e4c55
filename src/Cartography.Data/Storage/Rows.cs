using Cartography.Data.Editorial;

namespace Cartography.Data.Storage;

/// <summary>A content item: its identity and which of its versions is latest and published.</summary>
public sealed class ContentItemRow
{
    public Guid Id { get; set; }
    public required string Type { get; set; }
    public string? Key { get; set; }
    public DateTime CreatedUtc { get; set; }
    public int LatestVersion { get; set; }
    public int? PublishedVersion { get; set; }

    /// <summary>Raised by every write to the row; a write made from an older value is refused, so racing writers act once.</summary>
    public int Revision { get; set; }

    // The latest version's name, translations and author, kept beside it so back-office lists never read version JSON.
    public string? NameFr { get; set; }
    public string? NameNl { get; set; }
    public string? NameEn { get; set; }
    /// <summary>The name in the fallback order (fr, nl, en), lower-case and without accents: what lists sort on.</summary>
    public string SortName { get; set; } = "";
    /// <summary>Names in every culture and the key, lower-case and without accents, for the back office's search box.</summary>
    public string SearchText { get; set; } = "";
    public bool TranslatedFr { get; set; }
    public bool TranslatedNl { get; set; }
    public bool TranslatedEn { get; set; }
    public DateOnly? LastVerified { get; set; }
    public DateTime LastSavedUtc { get; set; }
    public string LastSavedBy { get; set; } = "";

    public DateTime? PublishAtUtc { get; set; }
    public DateTime? UnpublishAtUtc { get; set; }
    /// <summary>When the item was last taken off the public site; null while public or never published.</summary>
    public DateTime? UnpublishedUtc { get; set; }
    /// <summary>Deleted items keep every version for history and audit, but leave the public site and the back office lists.</summary>
    public DateTime? DeletedUtc { get; set; }
    /// <summary>Follows from the columns above; <see cref="CartographyDbContext"/> stamps it whenever the row is saved.</summary>
    public EditState EditState { get; set; }

    public List<ContentVersionRow> Versions { get; set; } = [];
}

/// <summary>One saved state of a content item, as JSON. Rows are added, never rewritten, but for the published mark.</summary>
public sealed class ContentVersionRow
{
    public long Id { get; set; }
    public Guid ItemId { get; set; }
    public int Number { get; set; }
    public required string Data { get; set; }
    public required string Author { get; set; }
    public DateTime SavedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
}

/// <summary>A committed change to published content, in order: what read models on every node catch up from.</summary>
public sealed class ContentChangeRow
{
    public long Sequence { get; set; }
    public Guid ItemId { get; set; }
    public required string Type { get; set; }
    public DateTime ChangedUtc { get; set; }
}

public sealed class TermRow
{
    public required string Vocabulary { get; set; }
    public required string Key { get; set; }
    public string? LabelFr { get; set; }
    public string? LabelNl { get; set; }
    public string? LabelEn { get; set; }
    /// <summary>What the term means, per culture (plain text): shown on "how the map is made" and beside the filters.</summary>
    public string? DescriptionFr { get; set; }
    public string? DescriptionNl { get; set; }
    public string? DescriptionEn { get; set; }
    public int Position { get; set; }
    public bool Retired { get; set; }
}

/// <summary>A one-off fact about the database, such as "the seed content was imported".</summary>
public sealed class MarkerRow
{
    public required string Name { get; set; }
    public DateTime SetUtc { get; set; }
}

/// <summary>
/// A public address taken: a slug of one culture, unique per content type by the primary key, so two items
/// published at once on two nodes cannot both get it.
/// </summary>
public sealed class ContentSlugRow
{
    public required string Type { get; set; }
    public required string Culture { get; set; }
    public required string Slug { get; set; }
    public Guid ItemId { get; set; }
}

/// <summary>
/// A message sent through the public contact form: private (never on a public page, API answer, export or log line),
/// read and answered by the editors, erased after the period the privacy notice states.
/// </summary>
public sealed class ContactMessageRow
{
    public Guid Id { get; set; }
    public DateTime ReceivedUtc { get; set; }
    /// <summary>The culture of the page it was sent from: the language to answer in.</summary>
    public required string Culture { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    /// <summary>question, correction, personal-data or other.</summary>
    public required string Subject { get; set; }
    public required string Message { get; set; }
    /// <summary>The initiative a correction is about, when the form was opened from its page.</summary>
    public Guid? InitiativeId { get; set; }
    public string? PrivacyNoticeVersion { get; set; }
    /// <summary>Whether the email to the editors' address went out (false: it is still in the back office list).</summary>
    public bool Emailed { get; set; }
    public DateTime? ReadUtc { get; set; }
    public string? ReadBy { get; set; }
    public DateTime? AnsweredUtc { get; set; }
    public string? AnsweredBy { get; set; }
}
