using Lucene.Net.Util;

namespace Cartography.Search.FullText;

internal static class LuceneSettings
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
}
