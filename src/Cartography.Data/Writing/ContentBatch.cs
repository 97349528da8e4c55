using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Publishing;
using Cartography.Data.Content;
using Cartography.Data.Editorial;
using Cartography.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Writing;

/// <summary>
/// An import's writes (the seed, a CSV row, a batch of <c>generate</c>): items changed through the model and staged,
/// then checked and written in one transaction with an audit row each naming the importer. If the actor may not
/// import or any item breaks Core's rules, nothing is written and the refusals are returned.
/// </summary>
public sealed class ContentBatch
{
    private readonly ContentService service;
    private readonly Actor actor;
    private readonly List<Staged> staged = [];

    internal ContentBatch(ContentService service, Actor actor)
    {
        this.service = service;
        this.actor = actor;
    }

    public int Count => staged.Count;

    /// <summary>Stages the item's new versions and publishing mark; nothing is checked or written before <see cref="CommitAsync"/>.</summary>
    public void Stage<T>(ContentItem<T> item) where T : class =>
        staged.Add(new Staged(item.Id, item.Key, ContentTypes.Of<T>().ToString(), InitiativePlaces.Resolve(item.Latest.Content),
            item.Versions.Select(v => new StagedVersion(v.Number, InitiativePlaces.Resolve(v.Content), v.Author, v.SavedAt.UtcDateTime, v.PublishedAt?.UtcDateTime)).ToList(),
            item.Published?.Number));

    public async Task<ContentBatchOutcome> CommitAsync(CancellationToken cancellationToken = default)
    {
        if (staged.Count == 0) return ContentBatchOutcome.Nothing;
        if (!actor.MayPublish) return new ContentBatchOutcome(0, staged.Select(s => EditOutcome.Refused(EditStatus.Forbidden, s.Id)).ToList());
        var outcome = await service.RunAsync(async (tx, ct) =>
        {
            var terms = await tx.TermsAsync(ct);
            var refused = staged
                .Select(s => (s.Id, Violations: ContentRules.Validate(s.Latest, terms, tx.Now.Year)))
                .Where(s => s.Violations.Count > 0)
                .Select(s => EditOutcome.Invalid(s.Id, s.Violations))
                .ToList();
            if (refused.Count > 0) return new ContentBatchOutcome(0, refused);
            var items = await WithOrganisationSlugsAsync(tx.Context, ct);
            var holders = await SlugHoldersAsync(tx.Context, items, ct);
            foreach (var item in items) await WriteAsync(tx, item, holders, ct);
            return new ContentBatchOutcome(staged.Count, []);
        }, o => o.Written > 0, new ContentBatchOutcome(0, staged.Select(s => EditOutcome.Refused(EditStatus.Conflict, s.Id)).ToList()), cancellationToken);
        if (outcome.Written > 0) staged.Clear();
        return outcome;
    }

    private async Task WriteAsync(ContentTransaction tx, Staged item, Dictionary<(string, string, string), Guid> holders, CancellationToken cancellationToken)
    {
        var context = tx.Context;
        var now = tx.Now;
        var row = await context.ContentItems.Include(i => i.Versions).SingleOrDefaultAsync(i => i.Id == item.Id, cancellationToken);
        if (row is null)
        {
            row = new ContentItemRow { Id = item.Id, Type = item.Type, Key = item.Key, CreatedUtc = now };
            context.ContentItems.Add(row);
        }
        var publicStateChanged = row.PublishedVersion != item.Published;
        var added = new List<int>();
        foreach (var version in item.Versions)
        {
            var stored = row.Versions.SingleOrDefault(v => v.Number == version.Number);
            if (stored is null)
            {
                added.Add(version.Number);
                row.Versions.Add(new ContentVersionRow
                {
                    ItemId = item.Id, Number = version.Number, Data = ContentJson.Write(version.Content), Author = version.Author,
                    SavedUtc = version.SavedUtc, PublishedUtc = version.PublishedUtc,
                });
            }
            else
            {
                stored.PublishedUtc = version.PublishedUtc;
            }
        }
        if (row.PublishedVersion is not null && item.Published is null) row.UnpublishedUtc = now;
        if (item.Published is not null) row.UnpublishedUtc = null;
        // An import that writes to a deleted item means it: the item comes back, with its history.
        if (added.Count > 0) row.DeletedUtc = null;
        row.LatestVersion = item.Versions[^1].Number;
        row.PublishedVersion = item.Published;
        row.Revision++;
        var latest = item.Versions[^1];
        ItemColumns.DescribeLatest(row, latest.Content, latest.Author, latest.SavedUtc);
        if (SlugReservations.Of(item.Latest) is { IsEmpty: false } slugs)
        {
            // The importers allocate slugs against every stored version; one already held by another item (data from
            // before the slug table) is left to its holder rather than failing the whole batch.
            foreach (var (culture, slug) in slugs.Values)
                if (holders.TryAdd((item.Type, culture.Code, slug), item.Id))
                    context.ContentSlugs.Add(new ContentSlugRow { Type = item.Type, Culture = culture.Code, Slug = slug, ItemId = item.Id });
        }
        if (publicStateChanged) ContentRows.PublicStateChanged(context, row, now);
        tx.MarkChanged(publicStateChanged);
        var what = added.Count == 0 ? "no new version" : $"version {string.Join(", ", added)}";
        ContentRows.Audit(context, now, actor, AuditActions.Import, item.Id,
            $"{what}{(item.Key is null ? "" : $", key {item.Key}")}, {(item.Published is { } p ? $"published version {p}" : "not published")}");
    }

    // One query per few hundred slugs rather than one per item: generate writes a hundred thousand initiatives. Each
    // query names the type and the culture, the key's first columns: without the culture it scanned every slug of the
    // type, and a batch took longer the larger the directory grew.
    private static async Task<Dictionary<(string, string, string), Guid>> SlugHoldersAsync(CartographyDbContext context, IReadOnlyList<Staged> items,
        CancellationToken cancellationToken)
    {
        var holders = new Dictionary<(string, string, string), Guid>();
        var wanted = items
            .SelectMany(s => SlugReservations.Of(s.Latest)?.Values.Select(v => (s.Type, Culture: v.Key.Code, Slug: v.Value)) ?? [])
            .Distinct()
            .GroupBy(w => (w.Type, w.Culture), w => w.Slug);
        foreach (var group in wanted)
        {
            var (type, culture) = group.Key;
            foreach (var chunk in group.Chunk(500))
            {
                var rows = await context.ContentSlugs.AsNoTracking()
                    .Where(r => r.Type == type && r.Culture == culture && chunk.Contains(r.Slug)).ToListAsync(cancellationToken);
                foreach (var r in rows) holders[(r.Type, r.Culture, r.Slug)] = r.ItemId;
            }
        }
        return holders;
    }

    /// <summary>
    /// The staged items, with new organisations given the slugs they lack: the importers (seed, CSV, generate) name
    /// organisations but leave their addresses to the content service. Computed afresh on each attempt, so a retried
    /// transaction allocates against what the winner of the race stored.
    /// </summary>
    private async Task<IReadOnlyList<Staged>> WithOrganisationSlugsAsync(CartographyDbContext context, CancellationToken cancellationToken)
    {
        var type = nameof(ContentType.Organisation);
        var lacking = staged.Where(s => s.Type == type && s.Latest is Organisation o && o.Slug.MissingCultures.Any()).Select(s => s.Id).ToList();
        if (lacking.Count == 0) return staged;
        var stored = (await context.ContentItems.AsNoTracking().Where(i => lacking.Contains(i.Id)).Select(i => i.Id).ToListAsync(cancellationToken)).ToHashSet();
        var held = await context.ContentSlugs.AsNoTracking().Where(s => s.Type == type).ToListAsync(cancellationToken);
        var allocator = new SlugAllocator(held.Select(h => (h.ItemId, LocalizedText.Empty.With(Culture.Parse(h.Culture), h.Slug)))
            .Concat(staged.Where(s => s.Type == type && s.Latest is Organisation).Select(s => (s.Id, ((Organisation)s.Latest).Slug))));
        return staged.Select(s =>
        {
            if (!lacking.Contains(s.Id) || stored.Contains(s.Id)) return s;
            var organisation = (Organisation)s.Latest;
            var slugs = allocator.Allocate(s.Id, organisation.Name, organisation.Slug);
            return s with
            {
                Latest = organisation with { Slug = slugs },
                Versions = s.Versions.Select(v => v with { Content = v.Content is Organisation o ? o with { Slug = slugs } : v.Content }).ToList(),
            };
        }).ToList();
    }

    private sealed record Staged(Guid Id, string? Key, string Type, object Latest, IReadOnlyList<StagedVersion> Versions, int? Published);

    private sealed record StagedVersion(int Number, object Content, string Author, DateTime SavedUtc, DateTime? PublishedUtc);
}
