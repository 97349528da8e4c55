namespace Cartography.Data.Seeding;

/// <summary>What a seed import did: nothing at all when the database was seeded before.</summary>
public sealed record SeedReport(bool AlreadySeeded, int Terms, int Organisations, int Initiatives, int Portraits, int Resources, int SkippedExamples)
{
    /// <summary>Pages from content/pages/, imported once under their own marker (also into a database seeded before pages existed).</summary>
    public int Pages { get; init; }

    public static SeedReport Skipped { get; } = new(true, 0, 0, 0, 0, 0, 0);

    public override string ToString() => AlreadySeeded
        ? "seed content was imported before; nothing to do"
        : $"imported {Terms} terms, {Organisations} organisations, {Initiatives} initiatives, {Portraits} portraits, {Resources} resources, {Pages} pages; skipped {SkippedExamples} examples";
}
