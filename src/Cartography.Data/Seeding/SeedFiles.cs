namespace Cartography.Data.Seeding;

// The shapes of the files in content/, as YamlDotNet reads them (see content/README.md). Unknown keys are errors.

internal sealed class OrganisationFile
{
    public bool Example { get; set; }
    public Dictionary<string, string>? Name { get; set; }
    public string? Kind { get; set; }
    public string? Website { get; set; }
    public Dictionary<string, string>? Description { get; set; }
}

internal sealed class InitiativeFile
{
    public bool Example { get; set; }
    public string? Organisation { get; set; }
    public Dictionary<string, string>? Name { get; set; }
    public Dictionary<string, string>? Description { get; set; }
    public Dictionary<string, string>? Slug { get; set; }
    public List<string> Sectors { get; set; } = [];
    public List<string> Types { get; set; } = [];
    public List<string> Publics { get; set; } = [];
    public string? Status { get; set; }
    public int? PeerWorkers { get; set; }
    public AddressFile? Address { get; set; }
    public LocationFile? Location { get; set; }
    public string? Website { get; set; }
    public ContactFile? Contact { get; set; }
    public List<string> Languages { get; set; } = [];
    public int? Started { get; set; }
    public string? Activity { get; set; }
    public string? LastVerified { get; set; }
    public HoursFile? Hours { get; set; }
    public List<string> ContactModes { get; set; } = [];
    public CostFile? Cost { get; set; }
    public AccessibilityFile? Accessibility { get; set; }
}

internal sealed class HoursFile
{
    /// <summary>The week as <see cref="Cartography.Core.Content.OpeningHoursText"/>: "Mo-Fr 09:00-12:00" or "appointment".</summary>
    public string? Week { get; set; }
    public Dictionary<string, string>? Note { get; set; }
}

internal sealed class CostFile
{
    public bool? Free { get; set; }
    public Dictionary<string, string>? Note { get; set; }
}

internal sealed class AccessibilityFile
{
    public bool? StepFree { get; set; }
    public bool? AccessibleToilet { get; set; }
    public bool? InductionLoop { get; set; }
    public Dictionary<string, string>? Note { get; set; }
}

internal sealed class AddressFile
{
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
}

internal sealed class LocationFile
{
    public double Lat { get; set; }
    public double Lon { get; set; }
}

internal sealed class ContactFile
{
    public string? Email { get; set; }
    public string? Phone { get; set; }
}

internal sealed class PortraitFile
{
    public bool Example { get; set; }
    public Dictionary<string, string>? Title { get; set; }
    public Dictionary<string, string>? Summary { get; set; }
    public Dictionary<string, string>? Body { get; set; }
    public List<string> Initiatives { get; set; } = [];
    public string? Date { get; set; }
}

internal sealed class ResourceFile
{
    public bool Example { get; set; }
    public Dictionary<string, string>? Title { get; set; }
    /// <summary>The annotation per culture; <c>summary</c> is its older name, still read.</summary>
    public Dictionary<string, string>? Annotation { get; set; }
    public Dictionary<string, string>? Summary { get; set; }
    public string? Category { get; set; }
    public List<string> Themes { get; set; } = [];
    public string? DocumentLanguage { get; set; }
    public string? Authors { get; set; }
    public int? Year { get; set; }
    public string? Publisher { get; set; }
    public string? Link { get; set; }
    public string? Doi { get; set; }
    public Dictionary<string, string>? Slug { get; set; }
}

internal sealed class PageFile
{
    public Dictionary<string, string>? Title { get; set; }
    public Dictionary<string, string>? Summary { get; set; }
    public Dictionary<string, string>? Body { get; set; }
    public Dictionary<string, string>? Slug { get; set; }
    public string? Parent { get; set; }
    public int Order { get; set; }
    public string? LinkedFrom { get; set; }
    public List<string> Blocks { get; set; } = [];
    public List<string> Resources { get; set; } = [];
}

/// <summary>A term of taxonomy.yaml: its label per culture, and optionally what it means per culture.</summary>
internal sealed class TermFile
{
    public string? Fr { get; set; }
    public string? Nl { get; set; }
    public string? En { get; set; }
    public Dictionary<string, string>? Description { get; set; }

    public Cartography.Core.Cultures.LocalizedText Label => Cartography.Core.Cultures.LocalizedText.Of(Fr, Nl, En);
}
