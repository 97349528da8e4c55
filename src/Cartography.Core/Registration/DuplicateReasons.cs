namespace Cartography.Core.Registration;

/// <summary>Why a submission may be an initiative already known.</summary>
[Flags]
public enum DuplicateReasons
{
    None = 0,
    /// <summary>Same postal code and a similar name (see <see cref="DuplicateCheck.SimilarNames"/>).</summary>
    SimilarName = 1,
    /// <summary>The same website, whatever the scheme, <c>www.</c>, trailing slash or case.</summary>
    SameWebsite = 2,
}
