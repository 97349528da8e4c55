namespace Cartography.Data.Seeding;

/// <summary>What a seed import did: nothing at all when the database was seeded before.</summary>
public sealed record SeedReport(bool AlreadySeeded, int Terms, int Organisations, int Initiatives, int Portraits, int Resources, int SkippedExamples)
{
    public static SeedReport Skipped { get; } = new(true, 0, 0, 0, 0, 0, 0);

    public override string ToString() => AlreadySeeded
        ? "seed content was imported before; nothing to do"
        : $"imported {Terms} terms, {Organisations} organisations, {Initiatives} initiatives, {Portraits} portraits, {Resources} resources; skipped {SkippedExamples} examples";
}
