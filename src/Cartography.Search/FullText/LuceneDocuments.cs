using Cartography.Core.Cultures;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Cartography.Search.FullText;

/// <summary>
/// Turns <see cref="IndexDocument"/>s into the Lucene documents of one culture's index. One instance per write, used
/// from one thread: its fields are reused from one document to the next, as Lucene advises, since a new field
/// allocates its token stream each time and, for the id, takes a lock shared by every culture's writer.
/// </summary>
internal sealed class LuceneDocuments
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

    private readonly Culture culture;
    private readonly StringField id = new(StoredFields.Id, string.Empty, Field.Store.YES);
    private readonly BinaryDocValuesField idBytes = new(StoredFields.IdBytes, new BytesRef());
    private readonly SortedDocValuesField nameOrder = new(StoredFields.NameOrder, new BytesRef());
    // The name is stored for suggestions; the other texts are only searched.
    private readonly TextFields name = new(SearchField.InitiativeName, StoredWords, NamePrefixWords);
    private readonly TextFields organisation = new(SearchField.Organisation, Words, PrefixWords);
    private readonly TextFields city = new(SearchField.City, Words, PrefixWords);
    private readonly TextFields description = new(SearchField.Description, Words, PrefixWords);
    private readonly TextFields others = new(SearchField.OtherLanguages, Words, PrefixWords);

    public LuceneDocuments(Culture culture) => this.culture = culture;

    public static Term IdTerm(Guid id) => new(StoredFields.Id, IdText(id));

    public static string IdText(Guid id) => id.ToString("N");

    /// <summary>The document of <paramref name="source"/>; valid until the next call, which reuses its fields.</summary>
    public Document For(IndexDocument source)
    {
        var nameText = source.Name.For(culture).Text;
        var organisationText = source.Organisation?.For(culture).Text;
        id.SetStringValue(IdText(source.Id));
        idBytes.SetBytesValue(new BytesRef(source.Id.ToByteArray()));
        nameOrder.SetBytesValue(new BytesRef(Truncate(TextFolding.Fold(nameText), NameOrderLength)));
        var document = new Document { id, idBytes, nameOrder };
        name.AddTo(document, nameText);
        organisation.AddTo(document, organisationText);
        city.AddTo(document, source.City);
        description.AddTo(document, source.Description.For(culture).Text);
        var otherTexts = source.Name.Values.Select(v => v.Value).Where(text => text != nameText)
            .Concat(source.Organisation?.Values.Select(v => v.Value).Where(text => text != organisationText) ?? [])
            .Distinct();
        others.AddTo(document, string.Join(" \n ", otherTexts));
        return document;
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    /// <summary>The field of one <see cref="SearchField"/> and, when it has one, its prefix field.</summary>
    private sealed class TextFields(SearchField field, FieldType type, FieldType prefixType)
    {
        private readonly Field words = new(field.Name, string.Empty, type);
        private readonly Field? prefixes = field.Prefix ? new(field.PrefixName, string.Empty, prefixType) : null;

        public void AddTo(Document document, string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return;
            text = Tokens.Composed(text);
            words.SetStringValue(text);
            document.Add(words);
            if (prefixes is null) return;
            prefixes.SetStringValue(text);
            document.Add(prefixes);
        }
    }
}
