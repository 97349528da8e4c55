namespace Cartography.Data.Contact;

/// <summary>Which messages the back office list shows.</summary>
public enum ContactFilter
{
    All,
    Unread,
    /// <summary>Read, not yet answered.</summary>
    Read,
    Answered,
    Unanswered,
}
