using System.Text.Json.Serialization;
using Cartography.Core.Cultures;
using Cartography.Core.Places;

namespace Cartography.Core.Content;

/// <summary>A peer-support initiative: the record on the map. Taxonomy values are term keys.</summary>
public sealed record Initiative
{
    public required LocalizedText Name { get; init; }
    public LocalizedText Description { get; init; } = LocalizedText.Empty;
    public LocalizedText Slug { get; init; } = LocalizedText.Empty;
    public Guid? OrganisationId { get; init; }
    public IReadOnlyList<string> Sectors { get; init; } = [];
    public IReadOnlyList<string> Types { get; init; } = [];
    public IReadOnlyList<string> Publics { get; init; } = [];
    public required string Status { get; init; }
    public int? PeerWorkerCount { get; init; }
    public required Address Address { get; init; }
    public GeoPoint? Location { get; init; }
    public string? Website { get; init; }
    public PublicContact Contact { get; init; } = PublicContact.None;
    public IReadOnlyList<string> Languages { get; init; } = [];
    /// <summary>When it receives people; null when not said (as in records stored before there were hours).</summary>
    public OpeningHours? Hours { get; init; }
    /// <summary><see cref="Content.ContactModes"/> keys: walk-in, by appointment, on referral.</summary>
    public IReadOnlyList<string> ContactModes { get; init; } = [];
    public Cost? Cost { get; init; }
    public Accessibility? Accessibility { get; init; }
    public int? StartedYear { get; init; }
    public Activity Activity { get; init; } = Activity.Active;
    public DateOnly? LastVerified { get; init; }
    public bool IsExample { get; init; }

    [JsonIgnore]
    public Province? Province => Address.Province;

    [JsonIgnore]
    public Region? Region => Address.Region;
}
