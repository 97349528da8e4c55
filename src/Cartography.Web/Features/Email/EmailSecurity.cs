namespace Cartography.Web.Features.Email;

/// <summary>How the SMTP connection is protected.</summary>
public enum EmailSecurity
{
    /// <summary>TLS if the server offers it (STARTTLS), else plain: MailKit's choice by port.</summary>
    Auto,
    None,
    StartTls,
    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}
