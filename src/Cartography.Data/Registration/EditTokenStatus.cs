namespace Cartography.Data.Registration;

/// <summary>What an edit token opens. A malformed or altered token is Unknown, like one never issued.</summary>
public enum EditTokenStatus
{
    Found,
    Expired,
    Revoked,
    Unknown,
}
