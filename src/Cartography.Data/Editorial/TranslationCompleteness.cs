using Cartography.Core.Content;
using Cartography.Core.Cultures;

namespace Cartography.Data.Editorial;

/// <summary>How many items of a type have both their name and their description in a culture.</summary>
public sealed record TranslationCompleteness(ContentType Type, Culture Culture, int Translated, int Total)
{
    public double Share => Total == 0 ? 1 : (double)Translated / Total;
}
