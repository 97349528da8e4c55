using Cartography.Core.Cultures;
using Cartography.Core.Taxonomy;
using Cartography.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Taxonomy;

/// <summary>Taxonomy terms in the database.</summary>
public sealed class TaxonomyStore(CartographyDatabase database)
{
    public async Task<TermSet> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        return ToTermSet(await context.Terms.AsNoTracking().ToListAsync(cancellationToken));
    }

    internal static TermSet ToTermSet(IEnumerable<TermRow> rows) => new(rows.Where(r => Vocabulary.TryParse(r.Vocabulary, out _)).Select(ToTerm));

    /// <summary>Adds the terms whose key is not there yet; existing terms (perhaps edited since) are left alone.</summary>
    public async Task<int> AddMissingAsync(IEnumerable<Term> terms, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var existing = (await context.Terms.AsNoTracking().Select(t => new { t.Vocabulary, t.Key }).ToListAsync(cancellationToken))
            .Select(t => (t.Vocabulary, t.Key)).ToHashSet();
        var added = 0;
        foreach (var term in terms.Where(t => !existing.Contains((t.Vocabulary.Key, t.Key))))
        {
            context.Terms.Add(new TermRow
            {
                Vocabulary = term.Vocabulary.Key,
                Key = term.Key,
                LabelFr = term.Label.In(Culture.Fr),
                LabelNl = term.Label.In(Culture.Nl),
                LabelEn = term.Label.In(Culture.En),
                DescriptionFr = term.Description.In(Culture.Fr),
                DescriptionNl = term.Description.In(Culture.Nl),
                DescriptionEn = term.Description.In(Culture.En),
                Position = term.Position,
                Retired = term.Retired,
            });
            added++;
        }
        await context.SaveChangesAsync(cancellationToken);
        return added;
    }

    private static Term ToTerm(TermRow row) => new(
        Vocabulary.All.Single(v => v.Key == row.Vocabulary), row.Key,
        LocalizedText.Of(row.LabelFr, row.LabelNl, row.LabelEn), row.Position, row.Retired)
    {
        Description = LocalizedText.Of(row.DescriptionFr, row.DescriptionNl, row.DescriptionEn),
    };
}
