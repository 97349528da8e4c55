using Cartography.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Cartography.Web.Features.Shared;

/// <summary>Weekday names from the resources (lower case in French and Dutch, as in a sentence).</summary>
public static class Weekdays
{
    public static string Name(IStringLocalizer<SharedResource> localizer, DayOfWeek day, bool capitalised = false)
    {
        var name = localizer[$"Weekday_{day}"].Value;
        return capitalised && name.Length > 0 ? char.ToUpperInvariant(name[0]) + name[1..] : name;
    }
}
