namespace Cartography.Web.Features.Registration;

/// <summary>The privacy notice a submitter consents to; its version is stored with every consent.</summary>
public static class PrivacyNotice
{
    /// <summary>Change it whenever the notice's text changes in substance, so each consent names what was shown.</summary>
    public const string Version = "2026-12";
}
