namespace Cartography.Data.Synthetic;

/// <summary>What a synthetic-data run wrote: initiatives created, initiatives whose key was already there, organisations created.</summary>
public sealed record SyntheticWriteReport(int Created, int Skipped, int OrganisationsCreated)
{
    public override string ToString() =>
        $"{Created} initiatives created, {Skipped} already there, {OrganisationsCreated} organisations created";
}
