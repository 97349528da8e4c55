using System.Globalization;
using Cartography.Core.Cultures;

namespace Cartography.Web.Features.Localization;

/// <summary>
/// Text written in a culture other than the request's — an email in the submitter's language from a moderator's
/// circuit, a reminder from a background job. The localizer reads the current UI culture: it is set for the call and put back.
/// </summary>
public static class InCulture
{
    public static T Write<T>(Culture culture, Func<T> write)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture.Code);
            return write();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
