using Cartography.Core.Cultures;

namespace Cartography.Data.Writing;

/// <summary>
/// Who writes: the name the audit log and the version history show, what they may do, and for a translator the
/// cultures they may write in. Every call to <see cref="ContentService"/> takes one.
/// </summary>
public sealed record Actor
{
    public const int MaxNameLength = 256;

    private Actor(string name, ActorKind kind, IReadOnlySet<Culture> cultures)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Length, MaxNameLength, nameof(name));
        Name = name;
        Kind = kind;
        Cultures = cultures;
    }

    public string Name { get; }
    public ActorKind Kind { get; }

    /// <summary>The cultures whose texts this actor may change: all of them but for a translator.</summary>
    public IReadOnlySet<Culture> Cultures { get; }

    /// <summary>Everything but saving texts is refused to a translator.</summary>
    public bool MayPublish => Kind != ActorKind.Translator;

    public static Actor Admin(string name) => new(name, ActorKind.Admin, Culture.All.ToHashSet());
    public static Actor Editor(string name) => new(name, ActorKind.Editor, Culture.All.ToHashSet());
    public static Actor Translator(string name, IEnumerable<Culture> cultures) => new(name, ActorKind.Translator, cultures.ToHashSet());

    /// <summary>One of the site's own jobs, named as the audit log shows it ("seed", "scheduler", "import by ann@example.org").</summary>
    public static Actor System(string name) => new(name, ActorKind.System, Culture.All.ToHashSet());

    /// <summary>A CSV import: by a back office user, or by the <c>import</c> verb naming its file.</summary>
    public static Actor Import(string by) => System($"import by {by}");

    public override string ToString() => $"{Name} ({Kind})";
}
