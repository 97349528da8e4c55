namespace Cartography.Data.Writing;

/// <summary>What an actor may do with content. Each back office account has one role; the rest are the site's own jobs.</summary>
public enum ActorKind
{
    Admin,
    Editor,
    /// <summary>Saves texts in the cultures assigned to them; creates, publishes, schedules, rolls back and deletes nothing.</summary>
    Translator,
    /// <summary>The seed import, a CSV import (by a user or the <c>import</c> verb), <c>generate</c>, the scheduler, moderation, freshness confirmations.</summary>
    System,
}
