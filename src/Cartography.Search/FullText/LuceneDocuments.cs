using Cartography.Core.Cultures;
using Cartography.Search.ReadModel;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Cartography.Search.FullText;

/// <summary>Turns an <see cref="IndexDocument"/> into the Lucene document of one culture's index.</summary>
internal static class LuceneDocuments
{
    // Sorted doc values refuse terms over 32 KB; the first characters are enough to order names.
    private const int NameOrderLength = 200;

    public static Term IdTerm(Guid id) => new(StoredFields.Id, IdText(id));

    public static string IdText(Guid id) => id.ToString("N");

    public static Document For(IndexDocument source, Culture culture)
    {
        var name = source.Name.For(culture).Text;
        var document = new Document
        {
            new StringField(StoredFields.Id, IdText(source.Id), Field.Store.YES),
            new BinaryDocValuesField(StoredFields.IdBytes, new BytesRef(source.Id.ToByteArray())),
            new SortedDocValuesField(StoredFields.NameOrder, new BytesRef(Truncate(TextFolding.Fold(name), NameOrderLength))),
        };
        // The name is stored for suggestions; the other texts are only searched.
        AddText(document, SearchField.InitiativeName, name, Field.Store.YES);
        AddText(document, SearchField.Organisation, source.Organisation?.For(culture).Text, Field.Store.NO);
        AddText(document, SearchField.City, source.City, Field.Store.NO);
        AddText(document, SearchField.Description, source.Description.For(culture).Text, Field.Store.NO);
        return document;
    }

    private static void AddText(Document document, SearchField field, string? text, Field.Store store)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        document.Add(new TextField(field.Name, text, store));
        document.Add(new TextField(field.PrefixName, text, Field.Store.NO));
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
