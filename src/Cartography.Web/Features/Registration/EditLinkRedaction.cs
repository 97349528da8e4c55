using System.Text.RegularExpressions;
using Serilog.Core;
using Serilog.Events;

namespace Cartography.Web.Features.Registration;

/// <summary>
/// Takes edit tokens out of every logged value (request paths, URLs): whoever reads the logs must not be able to
/// open or change a submission.
/// </summary>
public sealed partial class EditLinkRedaction : ILogEventEnricher
{
    public const string Redacted = "/register/edit/[token]";

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
            if (value is ScalarValue { Value: string text } && text.Contains("/register/edit/", StringComparison.OrdinalIgnoreCase))
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(Redact(text))));
    }

    public static string Redact(string text) => EditPath().Replace(text, Redacted);

    [GeneratedRegex("/register/edit/[^/?#\\s\"]*", RegexOptions.IgnoreCase)]
    private static partial Regex EditPath();
}
