using System.Globalization;
using Cartography.Core.Content;
using Cartography.Core.Editorial;
using Cartography.Core.Taxonomy;
using Cartography.Data.Content;
using Cartography.Data.Editorial;
using Cartography.Data.Storage;
using Cartography.Data.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Writing;

/// <summary>
/// The content service's operations inside one open transaction, which moderation, the scheduler and freshness
/// confirmations share with rows of their own. Each operation checks the actor's role, validates with Core's rules
/// and writes nothing when it refuses; the caller commits or rolls back the whole.
/// </summary>
internal sealed class ContentTransaction(CartographyDbContext context, DateTime now)
{
    private TermSet? terms;

    public CartographyDbContext Context => context;
    public DateTime Now => now;

    /// <summary>Whether an operation changed what the public site shows (a change row was written).</summary>
    public bool ChangedPublicSite { get; private set; }

    public void MarkChanged(bool changed) => ChangedPublicSite |= changed;

    public async Task<EditOutcome> CreateAsync(Actor actor, object content, string? key, string? detail, CancellationToken cancellationToken, Guid? id = null)
    {
        var itemId = id ?? Guid.NewGuid();
        if (!actor.MayPublish) return EditOutcome.Refused(EditStatus.Forbidden, itemId);
        var type = ContentTypes.Of(content.GetType()).ToString();
        var violations = ContentRules.ValidateNew(content, await TermsAsync(cancellationToken), now.Year);
        if (violations.Count == 0) violations = await PlacementAsync(itemId, content, cancellationToken);
        if (violations.Count > 0) return EditOutcome.Invalid(itemId, violations);
        if (key is not null && await context.ContentItems.AnyAsync(i => i.Type == type && i.Key == key, cancellationToken))
            return EditOutcome.Refused(EditStatus.KeyTaken, itemId);
        var row = new ContentItemRow { Id = itemId, Type = type, Key = key, CreatedUtc = now, LatestVersion = 0 };
        context.ContentItems.Add(row);
        var number = ContentRows.AddVersion(context, row, content, actor.Name, now);
        ContentRows.Audit(context, now, actor, AuditActions.Create, itemId, Detail($"version {number}" + (key is null ? "" : $", key {key}"), detail));
        return new EditOutcome(EditStatus.Created, itemId, number);
    }

    /// <summary>A new draft, if the latest version is still <paramref name="startedFrom"/> (null: whatever it is).</summary>
    public async Task<EditOutcome> SaveAsync(Actor actor, string type, Guid id, int? startedFrom, object content, string? detail, CancellationToken cancellationToken)
    {
        var (row, refusal) = await FindAsync(type, id, cancellationToken);
        if (row is null) return refusal!;
        var expected = startedFrom ?? row.LatestVersion;
        if (expected < 1 || expected > row.LatestVersion) return EditOutcome.Refused(EditStatus.VersionNotFound, id);
        if (expected != row.LatestVersion) return await ContentEditor.ConflictAsync(context, row, expected, cancellationToken);
        // Compared as it will be stored: a place matched on this save is no change of the translator's.
        content = InitiativePlaces.Resolve(content);
        if (actor.Kind == ActorKind.Translator)
        {
            var latest = InitiativePlaces.Resolve(await ReadAsync(row, row.LatestVersion, cancellationToken));
            if (!TranslatorScope.Allows(ContentDiff.Between(latest, content), actor.Cultures)) return EditOutcome.Refused(EditStatus.OutsideCultures, id);
        }
        var violations = ContentRules.Validate(content, await TermsAsync(cancellationToken), now.Year);
        if (violations.Count == 0) violations = await PlacementAsync(id, content, cancellationToken);
        if (violations.Count > 0) return EditOutcome.Invalid(id, violations);
        var number = ContentRows.AddVersion(context, row, content, actor.Name, now);
        ContentRows.Audit(context, now, actor, AuditActions.Save, id, Detail($"version {number}", detail));
        return new EditOutcome(EditStatus.Saved, id, number);
    }

    /// <summary>
    /// Makes the latest version public, after giving it the slugs it lacks (saved as a version of their own, in this
    /// transaction). With <paramref name="expectedVersion"/>, a newer save by someone else is a Conflict, not published unseen.
    /// </summary>
    public async Task<EditOutcome> PublishAsync(Actor actor, string type, Guid id, int? expectedVersion, string? detail, CancellationToken cancellationToken)
    {
        if (!actor.MayPublish) return EditOutcome.Refused(EditStatus.Forbidden, id);
        var (row, refusal) = await FindAsync(type, id, cancellationToken);
        if (row is null) return refusal!;
        if (expectedVersion is { } expected && expected != row.LatestVersion)
            return await ContentEditor.ConflictAsync(context, row, expected, cancellationToken);
        if (row.PublishedVersion == row.LatestVersion) return EditOutcome.Refused(EditStatus.AlreadyPublished, id);
        var content = await ReadAsync(row, row.LatestVersion, cancellationToken);
        var violations = ContentRules.Validate(content, await TermsAsync(cancellationToken), now.Year);
        if (violations.Count == 0) violations = await PlacementAsync(id, content, cancellationToken);
        if (violations.Count > 0) return EditOutcome.Invalid(id, violations);
        if (SlugReservations.Of(content) is { } current)
        {
            var slugs = await SlugReservations.CompleteAsync(context, type, id, SlugReservations.NameOf(content), current, cancellationToken);
            if (!slugs.Equals(current))
            {
                var ready = SlugReservations.With(content, slugs);
                // A version written in this transaction (moderation creates and publishes at once) is not stored yet: it
                // takes its slugs before it is; a stored version is never rewritten, the slugs make a version of their own.
                if (context.ContentVersions.Local.FirstOrDefault(v => v.ItemId == id && v.Number == row.LatestVersion) is { } unsaved
                    && context.Entry(unsaved).State == EntityState.Added)
                    unsaved.Data = ContentJson.Write(InitiativePlaces.Resolve(ready));
                else
                {
                    var number = ContentRows.AddVersion(context, row, ready, actor.Name, now);
                    ContentRows.Audit(context, now, actor, AuditActions.Save, id, $"version {number}, slugs for publishing");
                }
            }
            await SlugReservations.ReserveAsync(context, type, id, slugs, isNew: false, cancellationToken);
        }
        await ContentRows.PublishLatestAsync(context, row, now, cancellationToken);
        ChangedPublicSite = true;
        ContentRows.Audit(context, now, actor, AuditActions.Publish, id, Detail($"version {row.LatestVersion}", detail));
        return new EditOutcome(EditStatus.Published, id, row.LatestVersion);
    }

    /// <summary>
    /// Gives a published item the slugs its published version lacks (data from before the type had slugs): the
    /// published version is copied with them and published, and a newer draft is copied after it, so it stays the
    /// latest. Nothing else changes, so the item's rules are not checked again.
    /// </summary>
    public async Task<EditOutcome> CompletePublishedSlugsAsync(Actor actor, string type, Guid id, CancellationToken cancellationToken)
    {
        if (!actor.MayPublish) return EditOutcome.Refused(EditStatus.Forbidden, id);
        var (row, refusal) = await FindAsync(type, id, cancellationToken);
        if (row is null) return refusal!;
        if (row.PublishedVersion is not { } published) return EditOutcome.Refused(EditStatus.NotPublished, id);
        var content = await ReadAsync(row, published, cancellationToken);
        if (SlugReservations.Of(content) is not { } current || !current.MissingCultures.Any()) return EditOutcome.Refused(EditStatus.AlreadyPublished, id);
        var draft = row.LatestVersion == published ? null : await ReadAsync(row, row.LatestVersion, cancellationToken);
        var slugs = await SlugReservations.CompleteAsync(context, type, id, SlugReservations.NameOf(content), current, cancellationToken);
        var number = ContentRows.AddVersion(context, row, SlugReservations.With(content, slugs), actor.Name, now);
        await ContentRows.PublishLatestAsync(context, row, now, cancellationToken);
        ContentRows.Audit(context, now, actor, AuditActions.Publish, id, $"version {number}, version {published} with slugs");
        if (draft is not null)
        {
            var copy = ContentRows.AddVersion(context, row, SlugReservations.Of(draft) is { } own && !own.MissingCultures.Any() ? draft : SlugReservations.With(draft, slugs), actor.Name, now);
            ContentRows.Audit(context, now, actor, AuditActions.Save, id, $"version {copy}, the draft with slugs");
        }
        await SlugReservations.ReserveAsync(context, type, id, slugs, isNew: false, cancellationToken);
        ChangedPublicSite = true;
        return new EditOutcome(EditStatus.Published, id, number);
    }

    /// <summary>
    /// Gives an initiative stored before places were matched its municipality (and its city the postal place's
    /// spelling): the published version is copied with it and published, then a newer draft copied after it so that it
    /// stays the latest (or the draft alone, when nothing is published). Nothing else changes, so the rules are not
    /// checked again. Null when no version of it gains a place (already matched, or its city names none).
    /// </summary>
    public async Task<EditOutcome?> MatchPlacesAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        if (!actor.MayPublish) return EditOutcome.Refused(EditStatus.Forbidden, id);
        var (row, refusal) = await FindAsync(nameof(ContentType.Initiative), id, cancellationToken);
        if (row is null) return refusal!;
        var published = row.PublishedVersion is { } p ? (Initiative)await ReadAsync(row, p, cancellationToken) : null;
        var draft = row.LatestVersion == row.PublishedVersion ? null : (Initiative)await ReadAsync(row, row.LatestVersion, cancellationToken);
        var publishedGains = published is not null && Gains(published);
        if (!publishedGains && (draft is null || !Gains(draft))) return null;
        var number = row.LatestVersion;
        if (publishedGains)
        {
            // Re-publishing clears a pending "publish at"; it was meant for the draft, which is copied after.
            var publishAt = row.PublishAtUtc;
            var was = row.PublishedVersion;
            number = ContentRows.AddVersion(context, row, published!, actor.Name, now);
            await ContentRows.PublishLatestAsync(context, row, now, cancellationToken);
            row.PublishAtUtc = publishAt;
            ContentRows.Audit(context, now, actor, AuditActions.Publish, id, $"version {number}, version {was} with its place matched");
            ChangedPublicSite = true;
        }
        if (draft is not null)
        {
            number = ContentRows.AddVersion(context, row, draft, actor.Name, now);
            ContentRows.Audit(context, now, actor, AuditActions.Save, id, $"version {number}, the draft with its place matched");
        }
        return new EditOutcome(publishedGains ? EditStatus.Published : EditStatus.Saved, id, number);

        static bool Gains(Initiative initiative) => initiative.Address.Municipality is null && initiative.Address.Resolved().Municipality is not null;
    }

    public async Task<EditOutcome> UnpublishAsync(Actor actor, string type, Guid id, string? detail, CancellationToken cancellationToken)
    {
        if (!actor.MayPublish) return EditOutcome.Refused(EditStatus.Forbidden, id);
        var (row, refusal) = await FindAsync(type, id, cancellationToken);
        if (row is null) return refusal!;
        if (row.PublishedVersion is not { } published) return EditOutcome.Refused(EditStatus.NotPublished, id);
        await ContentRows.UnpublishAsync(context, row, now, cancellationToken);
        ChangedPublicSite = true;
        ContentRows.Audit(context, now, actor, AuditActions.Unpublish, id, Detail($"version {published}", detail));
        return new EditOutcome(EditStatus.Unpublished, id, published);
    }

    /// <summary>Copies version <paramref name="number"/> into a new draft; an old version that breaks today's rules is refused.</summary>
    public async Task<EditOutcome> RollbackAsync(Actor actor, string type, Guid id, int number, CancellationToken cancellationToken)
    {
        if (!actor.MayPublish) return EditOutcome.Refused(EditStatus.Forbidden, id);
        var (row, refusal) = await FindAsync(type, id, cancellationToken);
        if (row is null) return refusal!;
        if (number < 1 || number > row.LatestVersion) return EditOutcome.Refused(EditStatus.VersionNotFound, id);
        var source = await ReadAsync(row, number, cancellationToken);
        var violations = ContentRules.Validate(source, await TermsAsync(cancellationToken), now.Year);
        if (violations.Count == 0) violations = await PlacementAsync(id, source, cancellationToken);
        if (violations.Count > 0) return EditOutcome.Invalid(id, violations);
        var copy = ContentRows.AddVersion(context, row, source, actor.Name, now);
        ContentRows.Audit(context, now, actor, AuditActions.Rollback, id, $"version {copy} from version {number}");
        return new EditOutcome(EditStatus.RolledBack, id, copy);
    }

    /// <summary>
    /// Deletes softly: the item leaves the public site (if it was on it) and the back office lists, its schedule is
    /// cleared, and every version stays for history and audit. A deleted item can no longer be edited.
    /// </summary>
    public async Task<EditOutcome> DeleteAsync(Actor actor, string type, Guid id, CancellationToken cancellationToken)
    {
        if (!actor.MayPublish) return EditOutcome.Refused(EditStatus.Forbidden, id);
        var (row, refusal) = await FindAsync(type, id, cancellationToken);
        if (row is null) return refusal!;
        if (row.PublishedVersion is not null)
        {
            await ContentRows.UnpublishAsync(context, row, now, cancellationToken);
            ChangedPublicSite = true;
        }
        row.PublishAtUtc = null;
        row.UnpublishAtUtc = null;
        row.DeletedUtc = now;
        row.Revision++;
        ContentRows.Audit(context, now, actor, AuditActions.Delete, id, $"at version {row.LatestVersion}");
        return new EditOutcome(EditStatus.Deleted, id, row.LatestVersion);
    }

    /// <summary>Sets when the item goes public and when it leaves (null clears either); both in the future, the second after the first.</summary>
    public async Task<EditOutcome> ScheduleAsync(Actor actor, string type, Guid id, DateTimeOffset? publishAt, DateTimeOffset? unpublishAt,
        CancellationToken cancellationToken)
    {
        if (!actor.MayPublish) return EditOutcome.Refused(EditStatus.Forbidden, id);
        var (row, refusal) = await FindAsync(type, id, cancellationToken);
        if (row is null) return refusal!;
        if (publishAt is { } start && unpublishAt is { } end && end <= start) return EditOutcome.Refused(EditStatus.UnpublishBeforePublish, id);
        if (publishAt?.UtcDateTime <= now || unpublishAt?.UtcDateTime <= now) return EditOutcome.Refused(EditStatus.ScheduleInThePast, id);
        row.PublishAtUtc = publishAt?.UtcDateTime;
        row.UnpublishAtUtc = unpublishAt?.UtcDateTime;
        row.Revision++;
        ContentRows.Audit(context, now, actor, AuditActions.Schedule, id, $"publish at {Describe(publishAt)}, unpublish at {Describe(unpublishAt)}");
        return new EditOutcome(EditStatus.Scheduled, id, row.LatestVersion);
    }

    /// <summary>The item row, tracked (the same instance a caller of this transaction already holds), or why there is none to write to.</summary>
    private async Task<(ContentItemRow? Row, EditOutcome? Refusal)> FindAsync(string type, Guid id, CancellationToken cancellationToken)
    {
        // An item created earlier in this transaction is only in the change tracker yet.
        var row = context.ContentItems.Local.FirstOrDefault(i => i.Id == id && i.Type == type)
            ?? await context.ContentItems.SingleOrDefaultAsync(i => i.Id == id && i.Type == type, cancellationToken);
        if (row is null) return (null, EditOutcome.Refused(EditStatus.NotFound, id));
        if (row.DeletedUtc is not null) return (null, EditOutcome.Refused(EditStatus.ItemDeleted, id));
        return (row, null);
    }

    public async Task<object> ReadAsync(ContentItemRow row, int number, CancellationToken cancellationToken)
    {
        var local = context.ContentVersions.Local.FirstOrDefault(v => v.ItemId == row.Id && v.Number == number);
        var data = local?.Data ?? await context.ContentVersions.AsNoTracking().Where(v => v.ItemId == row.Id && v.Number == number)
            .Select(v => v.Data).SingleAsync(cancellationToken);
        return ContentJson.Read(row.Type, data);
    }

    public async Task<TermSet> TermsAsync(CancellationToken cancellationToken) =>
        terms ??= TaxonomyStore.ToTermSet(await context.Terms.AsNoTracking().ToListAsync(cancellationToken));

    /// <summary>A page's place in the tree, checked against the other pages; nothing to check for other types.</summary>
    private async Task<IReadOnlyList<RuleViolation>> PlacementAsync(Guid id, object content, CancellationToken cancellationToken) =>
        content is Page page ? await PagePlacement.CheckAsync(context, id, page, cancellationToken) : [];

    private static string Detail(string what, string? detail) => detail is null ? what : $"{what}, {detail}";

    private static string Describe(DateTimeOffset? at) =>
        at?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "none";
}
