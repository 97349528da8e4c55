namespace Cartography.Web.Features.Email;

public enum EmailStatus
{
    Sent,
    /// <summary>Written as an .eml file, no server being configured.</summary>
    Written,
    /// <summary>The address is not one.</summary>
    BadAddress,
    /// <summary>The server could not be reached or refused the message; the caller may try again later.</summary>
    Failed,
}
