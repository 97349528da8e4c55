using Cartography.Core.Cultures;

namespace Cartography.Core.Content;

/// <summary>A guide, tool, report or reference for institutions that work with peer workers: an entry of the library.</summary>
public sealed record Resource
{
    /// <summary>Plain text, never Markdown: it is shown as written (<see cref="ResourceRules"/> refuses emphasis and links).</summary>
    public required LocalizedText Title { get; init; }
    /// <summary>The annotation: what the document is and why it matters, per culture (stored under its first name, summary).</summary>
    public LocalizedText Summary { get; init; } = LocalizedText.Empty;
    public required string Category { get; init; }
    /// <summary>resource-theme term keys: the sub-themes of the library it belongs to.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];
    /// <summary>The language the document itself is written in (a language of service code).</summary>
    public required string DocumentLanguage { get; init; }
    public string? Authors { get; init; }
    public int? Year { get; init; }
    /// <summary>Who published the document: a publisher, a journal, an organisation.</summary>
    public string? Publisher { get; init; }
    /// <summary>Where the document is public; an absolute http(s) address.</summary>
    public string? Link { get; init; }
    /// <summary>A Digital Object Identifier, <c>10.1007/s00127-019-01739-1</c>: shown as a link to <c>https://doi.org/</c>.</summary>
    public string? Doi { get; init; }
    /// <summary>Its public page's address per culture, given by the content service when it is first published.</summary>
    public LocalizedText Slug { get; init; } = LocalizedText.Empty;
    public bool IsExample { get; init; }

    /// <summary>The annotation under the name the library uses.</summary>
    public LocalizedText Annotation => Summary;

    /// <summary>Where the document is read: the DOI's resolver when there is a DOI, else the link; null when neither.</summary>
    public string? Href => Doi is { Length: > 0 } doi ? ResourceRules.DoiResolver + doi : Link;
}
