using System.Text.RegularExpressions;
using Cartography.Core.Cultures;
using Cartography.Core.Taxonomy;
using Cartography.Data.Content;
using Cartography.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Taxonomy;

/// <summary>
/// Manages the terms of each vocabulary for the back office. A term in use cannot be deleted, only retired: a
/// retired term keeps its labels and stays readable on the records that have it, but <see cref="TermSet.Offered"/>
/// leaves it out, so forms and filters stop proposing it and an import cannot give it to a record that lacks it.
/// Every change also writes a taxonomy row to the change table, from which every node's public read model catches up.
/// </summary>
public sealed partial class TaxonomyEditor(CartographyDatabase database, TimeProvider clock)
{
    public const int MaxKeyLength = 64;

    /// <summary>The vocabulary's terms in display order, retired ones included, each with its usage count.</summary>
    public async Task<IReadOnlyList<TermUsage>> ListAsync(Vocabulary vocabulary, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var rows = await Terms(context, vocabulary).ToListAsync(cancellationToken);
        var counts = await TermUsageCounter.CountAsync(context, vocabulary, cancellationToken);
        return rows.Select(r => new TermUsage(ToTerm(vocabulary, r), counts.GetValueOrDefault(r.Key)))
            .OrderBy(u => u.Term.Position).ThenBy(u => u.Term.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>Adds a term at the end of the vocabulary, with its three labels and, if given, what it means.</summary>
    public async Task<TaxonomyOutcome> AddAsync(Vocabulary vocabulary, string key, LocalizedText label, LocalizedText? description = null, CancellationToken cancellationToken = default)
    {
        if (key.Length > MaxKeyLength || !KeyFormat().IsMatch(key))
            return new(TaxonomyStatus.InvalidKey, $"'{key}' is not a key: use lowercase letters and digits, words joined by single hyphens, at most {MaxKeyLength} characters");
        if (MissingLabels(label) is { } missing) return missing;
        description = Tidy(description ?? LocalizedText.Empty);
        if (InvalidDescription(description) is { } invalid) return invalid;
        await using var context = database.CreateContext();
        var terms = await Terms(context, vocabulary).ToListAsync(cancellationToken);
        if (terms.Any(t => t.Key == key)) return new(TaxonomyStatus.DuplicateKey, $"the {vocabulary.Key} vocabulary already has the key '{key}'");
        context.Terms.Add(new TermRow
        {
            Vocabulary = vocabulary.Key,
            Key = key,
            LabelFr = label.In(Culture.Fr),
            LabelNl = label.In(Culture.Nl),
            LabelEn = label.In(Culture.En),
            DescriptionFr = description.In(Culture.Fr),
            DescriptionNl = description.In(Culture.Nl),
            DescriptionEn = description.In(Culture.En),
            Position = terms.Count == 0 ? 0 : terms.Max(t => t.Position) + 1,
        });
        return await SaveAsync(context, TaxonomyStatus.Added, cancellationToken);
    }

    public async Task<TaxonomyOutcome> RelabelAsync(Vocabulary vocabulary, string key, LocalizedText label, CancellationToken cancellationToken = default)
    {
        if (MissingLabels(label) is { } missing) return missing;
        await using var context = database.CreateContext();
        if (await FindAsync(context, vocabulary, key, cancellationToken) is not { } term) return NotFound(vocabulary, key);
        if (term.LabelFr == label.In(Culture.Fr) && term.LabelNl == label.In(Culture.Nl) && term.LabelEn == label.In(Culture.En))
            return new(TaxonomyStatus.Unchanged);
        term.LabelFr = label.In(Culture.Fr);
        term.LabelNl = label.In(Culture.Nl);
        term.LabelEn = label.In(Culture.En);
        return await SaveAsync(context, TaxonomyStatus.Relabelled, cancellationToken);
    }

    /// <summary>
    /// Sets what the term means, per culture (plain text, shown as text, never as HTML); a culture left empty has no
    /// description and readers fall back to another culture's.
    /// </summary>
    public async Task<TaxonomyOutcome> DescribeAsync(Vocabulary vocabulary, string key, LocalizedText description, CancellationToken cancellationToken = default)
    {
        description = Tidy(description);
        if (InvalidDescription(description) is { } invalid) return invalid;
        await using var context = database.CreateContext();
        if (await FindAsync(context, vocabulary, key, cancellationToken) is not { } term) return NotFound(vocabulary, key);
        if (term.DescriptionFr == description.In(Culture.Fr) && term.DescriptionNl == description.In(Culture.Nl) && term.DescriptionEn == description.In(Culture.En))
            return new(TaxonomyStatus.Unchanged);
        term.DescriptionFr = description.In(Culture.Fr);
        term.DescriptionNl = description.In(Culture.Nl);
        term.DescriptionEn = description.In(Culture.En);
        return await SaveAsync(context, TaxonomyStatus.Described, cancellationToken);
    }

    /// <summary>Puts the vocabulary's terms in the given order: every key once, retired ones included.</summary>
    public async Task<TaxonomyOutcome> ReorderAsync(Vocabulary vocabulary, IReadOnlyList<string> keys, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var terms = await Terms(context, vocabulary).AsTracking().ToDictionaryAsync(t => t.Key, StringComparer.Ordinal, cancellationToken);
        if (keys.Count != terms.Count || keys.Distinct(StringComparer.Ordinal).Count() != keys.Count || !keys.All(terms.ContainsKey))
        {
            var missing = terms.Keys.Except(keys, StringComparer.Ordinal).ToList();
            var unknown = keys.Except(terms.Keys, StringComparer.Ordinal).ToList();
            var repeated = keys.GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            return new(TaxonomyStatus.NotTheVocabularyKeys, string.Join("; ", new[]
            {
                missing.Count > 0 ? "missing: " + string.Join(", ", missing) : null,
                unknown.Count > 0 ? "not in the vocabulary: " + string.Join(", ", unknown) : null,
                repeated.Count > 0 ? "named twice: " + string.Join(", ", repeated) : null,
            }.OfType<string>()));
        }
        var changed = false;
        for (var position = 0; position < keys.Count; position++)
        {
            var term = terms[keys[position]];
            if (term.Position == position) continue;
            term.Position = position;
            changed = true;
        }
        return changed ? await SaveAsync(context, TaxonomyStatus.Reordered, cancellationToken) : new(TaxonomyStatus.Unchanged);
    }

    /// <summary>Stops offering the term for new choices; the records that have it keep it and show its label.</summary>
    public Task<TaxonomyOutcome> RetireAsync(Vocabulary vocabulary, string key, CancellationToken cancellationToken = default) =>
        SetRetiredAsync(vocabulary, key, retired: true, cancellationToken);

    public Task<TaxonomyOutcome> ReinstateAsync(Vocabulary vocabulary, string key, CancellationToken cancellationToken = default) =>
        SetRetiredAsync(vocabulary, key, retired: false, cancellationToken);

    /// <summary>Deletes a term no content uses; a term in use answers <see cref="TaxonomyStatus.InUse"/> with its count.</summary>
    public async Task<TaxonomyOutcome> DeleteAsync(Vocabulary vocabulary, string key, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        if (await FindAsync(context, vocabulary, key, cancellationToken) is not { } term) return NotFound(vocabulary, key);
        var usage = (await TermUsageCounter.CountAsync(context, vocabulary, cancellationToken)).GetValueOrDefault(key);
        if (usage > 0)
            return new(TaxonomyStatus.InUse, $"'{key}' is used by {usage} item{(usage == 1 ? "" : "s")}; retire it instead", usage);
        context.Terms.Remove(term);
        return await SaveAsync(context, TaxonomyStatus.Deleted, cancellationToken);
    }

    private async Task<TaxonomyOutcome> SetRetiredAsync(Vocabulary vocabulary, string key, bool retired, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        if (await FindAsync(context, vocabulary, key, cancellationToken) is not { } term) return NotFound(vocabulary, key);
        if (term.Retired == retired) return new(TaxonomyStatus.Unchanged);
        term.Retired = retired;
        return await SaveAsync(context, retired ? TaxonomyStatus.Retired : TaxonomyStatus.Reinstated, cancellationToken);
    }

    /// <summary>Saves the term change and its change-table row together, in one transaction.</summary>
    private async Task<TaxonomyOutcome> SaveAsync(CartographyDbContext context, TaxonomyStatus done, CancellationToken cancellationToken)
    {
        context.ContentChanges.Add(new ContentChangeRow
        {
            ItemId = Guid.Empty,
            Type = ContentChange.TaxonomyType,
            ChangedUtc = clock.GetUtcNow().UtcDateTime,
        });
        await context.SaveChangesAsync(cancellationToken);
        return new(done);
    }

    private static IQueryable<TermRow> Terms(CartographyDbContext context, Vocabulary vocabulary) =>
        context.Terms.AsNoTracking().Where(t => t.Vocabulary == vocabulary.Key);

    private static Task<TermRow?> FindAsync(CartographyDbContext context, Vocabulary vocabulary, string key, CancellationToken cancellationToken) =>
        context.Terms.SingleOrDefaultAsync(t => t.Vocabulary == vocabulary.Key && t.Key == key, cancellationToken);

    private static TaxonomyOutcome? MissingLabels(LocalizedText label) =>
        label.MissingCultures.ToList() is { Count: > 0 } missing
            ? new(TaxonomyStatus.LabelsRequired, "a label is required in every language; missing: " + string.Join(", ", missing.Select(c => c.Code)))
            : null;

    /// <summary>Trims each culture's description and normalises its line breaks; blank ones become absent.</summary>
    private static LocalizedText Tidy(LocalizedText description) =>
        LocalizedText.From(description.Values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value.ReplaceLineEndings("\n").Trim())));

    private static TaxonomyOutcome? InvalidDescription(LocalizedText description)
    {
        var tooLong = description.Values.Where(v => v.Value.Length > Term.MaxDescriptionLength).Select(v => v.Key.Code).ToList();
        if (tooLong.Count > 0)
            return new(TaxonomyStatus.DescriptionTooLong, $"a description holds at most {Term.MaxDescriptionLength} characters; too long: {string.Join(", ", tooLong)}");
        // Control characters other than line breaks have no place in a text read aloud or printed beside a filter.
        var control = description.Values.Where(v => v.Value.Any(c => char.IsControl(c) && c != '\n')).Select(v => v.Key.Code).ToList();
        return control.Count > 0
            ? new(TaxonomyStatus.DescriptionNotText, "a description is plain text; control characters found in: " + string.Join(", ", control))
            : null;
    }

    private static TaxonomyOutcome NotFound(Vocabulary vocabulary, string key) =>
        new(TaxonomyStatus.NotFound, $"the {vocabulary.Key} vocabulary has no key '{key}'");

    private static Term ToTerm(Vocabulary vocabulary, TermRow row) =>
        new(vocabulary, row.Key, LocalizedText.Of(row.LabelFr, row.LabelNl, row.LabelEn), row.Position, row.Retired)
        {
            Description = LocalizedText.Of(row.DescriptionFr, row.DescriptionNl, row.DescriptionEn),
        };

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex KeyFormat();
}
