namespace Cartography.Web.Features.Registration;

/// <summary>
/// How long a message sent through the contact form is kept before it is erased: the period the privacy notice states
/// and the scheduler enforces, in one place.
/// </summary>
public static class ContactRetention
{
    public static readonly TimeSpan Period = TimeSpan.FromDays(365);
}
