using Cartography.Core.Cultures;
using Microsoft.Extensions.Localization;

namespace Cartography.Web.Features.Localization;

public static class Plurals
{
    /// <summary>
    /// <c>{key}_One</c> or <c>{key}_Other</c> formatted with the count. French treats 0 as singular
    /// ("0 initiative"), Dutch and English do not.
    /// </summary>
    public static LocalizedString Plural(this IStringLocalizer localizer, Culture culture, string key, int count, params object[] more)
    {
        var singular = count == 1 || (count == 0 && culture == Culture.Fr);
        return localizer[$"{key}_{(singular ? "One" : "Other")}", [count, .. more]];
    }
}
