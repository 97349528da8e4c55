namespace Cartography.Core.Content;

/// <summary>Whether an initiative is open at a moment; unknown when it works by appointment only or gave no hours.</summary>
public enum OpeningState
{
    Unknown,
    Open,
    Closed,
}
