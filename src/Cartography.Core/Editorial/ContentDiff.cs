namespace Cartography.Core.Editorial;

/// <summary>What changed between two versions of a content item, field by field, in the order the fields are declared.</summary>
public sealed class ContentDiff
{
    private ContentDiff(IReadOnlyList<FieldChange> changes) => Changes = changes;

    public static ContentDiff None { get; } = new([]);

    public IReadOnlyList<FieldChange> Changes { get; }

    public bool IsEmpty => Changes.Count == 0;

    public FieldChange? this[string path] => Changes.FirstOrDefault(c => c.Path == path);

    public static ContentDiff Between<T>(T before, T after) where T : class
    {
        var old = ContentFields.Of(before);
        var @new = ContentFields.Of(after);
        var changes = new List<FieldChange>();
        foreach (var path in old.Keys.Union(@new.Keys))
        {
            var was = old.GetValueOrDefault(path);
            var now = @new.GetValueOrDefault(path);
            if (was is ContentFields.ListValue || now is ContentFields.ListValue)
            {
                var wasItems = (was as ContentFields.ListValue)?.Items ?? [];
                var nowItems = (now as ContentFields.ListValue)?.Items ?? [];
                var added = nowItems.Except(wasItems, StringComparer.Ordinal).ToList();
                var removed = wasItems.Except(nowItems, StringComparer.Ordinal).ToList();
                if (added.Count > 0 || removed.Count > 0) changes.Add(FieldChange.List(path, added, removed));
            }
            else
            {
                var wasText = (was as ContentFields.SingleValue)?.Text;
                var nowText = (now as ContentFields.SingleValue)?.Text;
                if (!string.Equals(wasText, nowText, StringComparison.Ordinal)) changes.Add(FieldChange.Value(path, wasText, nowText));
            }
        }
        return new ContentDiff(changes);
    }
}
