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

    // No phrase queries, so no positions: frequencies and norms are all that scoring reads.
    private static readonly FieldType Words = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS });
    private static readonly FieldType StoredWords = Frozen(new FieldType(TextField.TYPE_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS });

    // Prefix matches score a constant, so neither frequencies nor norms are read...
    private static readonly FieldType PrefixWords = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_ONLY, OmitNorms = true });
    // ...except the name's norms, which let suggestions put short names first.
    private static readonly FieldType NamePrefixWords = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_ONLY });

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
        AddText(document, SearchField.InitiativeName, name, StoredWords);
        AddText(document, SearchField.Organisation, source.Organisation?.For(culture).Text, Words);
        AddText(document, SearchField.City, source.City, Words);
        AddText(document, SearchField.Description, source.Description.For(culture).Text, Words);
        var organisation = source.Organisation?.For(culture).Text;
        var others = source.Name.Values.Select(v => v.Value).Where(text => text != name)
            .Concat(source.Organisation?.Values.Select(v => v.Value).Where(text => text != organisation) ?? [])
            .Distinct();
        AddText(document, SearchField.OtherLanguages, string.Join(" \n ", others), Words);
        return document;
    }

    private static void AddText(Document document, SearchField field, string? text, FieldType type)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        document.Add(new Field(field.Name, text, type));
        if (field.Prefix) document.Add(new Field(field.PrefixName, text, field == SearchField.InitiativeName ? NamePrefixWords : PrefixWords));
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
