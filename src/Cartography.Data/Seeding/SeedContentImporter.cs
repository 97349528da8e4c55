using System.Globalization;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Core.Publishing;
using Cartography.Core.Taxonomy;
using Cartography.Data.Content;
using Cartography.Data.Storage;
using Cartography.Data.Taxonomy;
using Cartography.Data.Writing;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Cartography.Data.Seeding;

/// <summary>
/// Imports content/ into an empty database on first start: every item is created and published under its file's
/// key. Idempotent twice over: a marker stops later runs, and an item whose key exists is never created again.
/// </summary>
public sealed class SeedContentImporter(ContentStore store, ContentService content, TaxonomyStore taxonomy, Markers markers, TimeProvider clock)
{
    private const string Author = "seed";
    private static readonly Actor Seed = Actor.System(Author);

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public async Task<SeedReport> ImportAsync(string contentPath, bool includeExamples, CancellationToken cancellationToken = default)
    {
        if (await markers.IsSetAsync(Markers.SeedContentImported, cancellationToken))
            return await ImportPagesAsync(contentPath, cancellationToken) is var added and > 0 ? SeedReport.Skipped with { AlreadySeeded = false, Pages = added } : SeedReport.Skipped;

        var problems = new List<string>();
        var terms = ReadTaxonomy(Path.Combine(contentPath, "taxonomy.yaml"), problems);
        var organisations = Read<OrganisationFile>(contentPath, "organisations", problems);
        var initiatives = Read<InitiativeFile>(contentPath, "initiatives", problems);
        var portraits = Read<PortraitFile>(contentPath, "portraits", problems);
        var resources = Read<ResourceFile>(contentPath, "resources", problems);
        var stored = await taxonomy.LoadAsync(cancellationToken);
        var termSet = new TermSet(stored.All.Concat(terms.Where(t => stored.Find(t.Vocabulary, t.Key) is null)));
        var now = clock.GetUtcNow();
        var skipped = 0;
        bool Keep(bool example) { if (example && !includeExamples) { skipped++; return false; } return true; }

        await using var session = store.OpenSession();
        var batch = content.OpenBatch(Seed);
        var keysOf = new Dictionary<Guid, string>();
        var organisationIds = await session.KeysAsync<Organisation>(cancellationToken);
        var initiativeIds = await session.KeysAsync<Initiative>(cancellationToken);
        var portraitIds = await session.KeysAsync<Portrait>(cancellationToken);
        var resourceIds = await session.KeysAsync<Resource>(cancellationToken);
        var initiativeSlugs = new SlugAllocator((await session.LatestAsync<Initiative>(cancellationToken)).Select(i => (i.Id, i.Content.Slug)));
        var portraitSlugs = new SlugAllocator((await session.LatestAsync<Portrait>(cancellationToken)).Select(p => (p.Id, p.Content.Slug)));
        var resourceSlugs = new SlugAllocator((await session.LatestAsync<Resource>(cancellationToken)).Select(r => (r.Id, r.Content.Slug)));
        int organisationCount = 0, initiativeCount = 0, portraitCount = 0, resourceCount = 0;

        foreach (var (key, file) in organisations.Where(o => Keep(o.File.Example)))
        {
            if (organisationIds.ContainsKey(key)) continue;
            var organisation = new Organisation
            {
                Name = Text(file.Name), Kind = file.Kind, Website = file.Website,
                Description = Text(file.Description), IsExample = file.Example,
            };
            problems.AddRange(OrganisationRules.Validate(organisation, termSet).Select(v => $"organisations/{key}: {v}"));
            organisationIds[key] = Create(key, organisation);
            organisationCount++;
        }

        foreach (var (key, file) in initiatives.Where(i => Keep(i.File.Example)))
        {
            if (initiativeIds.ContainsKey(key)) continue;
            var id = Guid.NewGuid();
            Guid? organisationId = null;
            if (file.Organisation is { } organisationKey)
            {
                if (organisationIds.TryGetValue(organisationKey, out var found)) organisationId = found;
                else problems.Add($"initiatives/{key}: organisation '{organisationKey}' is not in content/organisations (or is an example left out)");
            }
            var initiative = ToInitiative(file, organisationId, problems, key);
            initiative = initiative with { Slug = initiativeSlugs.Allocate(id, initiative.Name, initiative.Slug) };
            problems.AddRange(InitiativeRules.Validate(initiative, termSet, now.Year).Select(v => $"initiatives/{key}: {v}"));
            initiativeIds[key] = Create(key, initiative, id);
            initiativeCount++;
        }

        foreach (var (key, file) in portraits.Where(p => Keep(p.File.Example)))
        {
            if (portraitIds.ContainsKey(key)) continue;
            var id = Guid.NewGuid();
            var linked = new List<Guid>();
            foreach (var initiativeKey in file.Initiatives)
            {
                if (initiativeIds.TryGetValue(initiativeKey, out var initiativeId)) linked.Add(initiativeId);
                else if (!initiatives.Any(i => i.Key == initiativeKey)) problems.Add($"portraits/{key}: initiative '{initiativeKey}' is not in content/initiatives");
            }
            var title = Text(file.Title);
            var portrait = new Portrait
            {
                Title = title, Summary = Text(file.Summary), Body = Text(file.Body), InitiativeIds = linked,
                Date = ParseDate(file.Date, $"portraits/{key}", problems), IsExample = file.Example,
            };
            portrait = portrait with { Slug = portraitSlugs.Allocate(id, portrait.Title, portrait.Slug) };
            problems.AddRange(PortraitRules.Validate(portrait).Select(v => $"portraits/{key}: {v}"));
            Create(key, portrait, id);
            portraitCount++;
        }

        foreach (var (key, file) in resources.Where(r => Keep(r.File.Example)))
        {
            if (resourceIds.ContainsKey(key)) continue;
            var id = Guid.NewGuid();
            var resource = new Resource
            {
                Title = Text(file.Title), Summary = Text(file.Annotation ?? file.Summary), Category = file.Category ?? "", Themes = file.Themes,
                DocumentLanguage = file.DocumentLanguage ?? "", Authors = file.Authors, Year = file.Year, Publisher = file.Publisher,
                Link = file.Link, Doi = file.Doi, Slug = Text(file.Slug), IsExample = file.Example,
            };
            resource = resource with { Slug = resourceSlugs.Allocate(id, resource.Title, resource.Slug) };
            problems.AddRange(ResourceRules.Validate(resource, termSet, now.Year).Select(v => $"resources/{key}: {v}"));
            Create(key, resource, id);
            resourceCount++;
        }

        ThrowIfAny(problems);
        var addedTerms = await taxonomy.AddMissingAsync(terms, cancellationToken);
        // The content service checks every item again with the terms now stored; a refusal refuses the whole seed.
        var written = await batch.CommitAsync(cancellationToken);
        problems.AddRange(written.Refused.SelectMany(r => r.Violations.Count > 0
            ? r.Violations.Select(v => $"{keysOf.GetValueOrDefault(r.ItemId)}: {v}")
            : [$"{keysOf.GetValueOrDefault(r.ItemId)}: not written ({r.Status})"]));
        ThrowIfAny(problems);
        await markers.SetAsync(Markers.SeedContentImported, cancellationToken);
        var pageCount = await ImportPagesAsync(contentPath, cancellationToken);
        return new SeedReport(false, addedTerms, organisationCount, initiativeCount, portraitCount, resourceCount, skipped) { Pages = pageCount };

        Guid Create<T>(string key, T item, Guid? id = null) where T : class
        {
            var staged = ContentItem<T>.Create(id ?? Guid.NewGuid(), key, item, Author, now);
            staged.Publish(now);
            batch.Stage(staged);
            keysOf[staged.Id] = $"{ContentTypes.Of<T>().ToString().ToLowerInvariant()}s/{key}";
            return staged.Id;
        }
    }

    /// <summary>content/pages/, once: after the rest, whose resources the pages link.</summary>
    private Task<int> ImportPagesAsync(string contentPath, CancellationToken cancellationToken) =>
        new SeedPagesImporter(store, content, markers, clock).ImportAsync(contentPath, (folder, problems) => Read<PageFile>(contentPath, folder, problems), cancellationToken);

    private static Initiative ToInitiative(InitiativeFile file, Guid? organisationId, List<string> problems, string key)
    {
        var activity = Activity.Active;
        if (file.Activity is not null && !Enum.TryParse(file.Activity, ignoreCase: true, out activity))
            problems.Add($"initiatives/{key}: '{file.Activity}' is not an activity (active, starting, ended)");
        OpeningHours? hours = null;
        if (file.Hours is { } hoursFile)
        {
            if (!OpeningHoursText.TryParse(hoursFile.Week, out var week, out var badPart))
                problems.Add($"initiatives/{key}: hours.week '{badPart}' is not opening hours (Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-12:00, or appointment)");
            hours = (week ?? new OpeningHours()) with { Note = Text(hoursFile.Note) };
        }
        return new Initiative
        {
            Name = Text(file.Name),
            Description = Text(file.Description),
            Slug = Text(file.Slug),
            OrganisationId = organisationId,
            Sectors = file.Sectors,
            Types = file.Types,
            Publics = file.Publics,
            Status = file.Status ?? "",
            PeerWorkerCount = file.PeerWorkers,
            Address = new Address(file.Address?.Street, file.Address?.PostalCode ?? "", file.Address?.City ?? ""),
            Location = file.Location is { } location ? new GeoPoint(location.Lat, location.Lon) : null,
            Website = file.Website,
            Contact = new PublicContact(file.Contact?.Email, file.Contact?.Phone),
            Languages = file.Languages,
            StartedYear = file.Started,
            Activity = activity,
            LastVerified = ParseDate(file.LastVerified, $"initiatives/{key}", problems),
            IsExample = file.Example,
            Hours = hours,
            ContactModes = file.ContactModes,
            Cost = file.Cost is { } cost ? new Cost { Free = cost.Free, Note = Text(cost.Note) } : null,
            Accessibility = file.Accessibility is { } access
                ? new Accessibility { StepFree = access.StepFree, AccessibleToilet = access.AccessibleToilet, InductionLoop = access.InductionLoop, Note = Text(access.Note) }
                : null,
        };
    }

    /// <summary>The terms of a taxonomy.yaml file, for tools that need them without a database (benchmarks).</summary>
    public static IReadOnlyList<Term> ReadTaxonomyFile(string file)
    {
        var problems = new List<string>();
        var terms = ReadTaxonomy(file, problems);
        return problems.Count == 0 ? terms : throw new InvalidDataException(string.Join(Environment.NewLine, problems));
    }

    private static IReadOnlyList<Term> ReadTaxonomy(string file, List<string> problems)
    {
        if (!File.Exists(file)) { problems.Add($"{file} is missing"); return []; }
        try
        {
            var vocabularies = Yaml.Deserialize<Dictionary<string, Dictionary<string, TermFile>>>(File.ReadAllText(file));
            var terms = new List<Term>();
            foreach (var (vocabularyKey, entries) in vocabularies)
            {
                if (!Vocabulary.TryParse(vocabularyKey, out var vocabulary)) { problems.Add($"taxonomy.yaml: unknown vocabulary '{vocabularyKey}'"); continue; }
                terms.AddRange(entries.Select((entry, position) => new Term(vocabulary, entry.Key, entry.Value.Label, position)
                {
                    Description = Text(entry.Value.Description),
                }));
            }
            problems.AddRange(terms.SelectMany(t => t.Description.Values.Where(d => d.Value.Length > Term.MaxDescriptionLength)
                .Select(d => $"taxonomy.yaml: {t.Vocabulary.Key}/{t.Key}: the {d.Key.Code} description is longer than {Term.MaxDescriptionLength} characters")));
            return terms;
        }
        catch (YamlException e)
        {
            problems.Add($"taxonomy.yaml: {e.Message}");
            return [];
        }
    }

    private static List<(string Key, T File)> Read<T>(string contentPath, string folder, List<string> problems)
    {
        var directory = Path.Combine(contentPath, folder);
        if (!Directory.Exists(directory)) return [];
        var items = new List<(string, T)>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
        {
            var key = Path.GetFileNameWithoutExtension(path);
            if (!Slugs.IsWellFormed(key)) problems.Add($"{folder}/{key}.yaml: the file name must be lower-case letters, digits and hyphens");
            try
            {
                items.Add((key, Yaml.Deserialize<T>(File.ReadAllText(path))));
            }
            catch (YamlException e)
            {
                problems.Add($"{folder}/{key}.yaml: {e.Message} {e.InnerException?.Message}");
            }
        }
        return items;
    }

    private static LocalizedText Text(Dictionary<string, string>? values)
    {
        if (values is null) return LocalizedText.Empty;
        return LocalizedText.From(values.Where(p => Culture.TryParse(p.Key, out _)).Select(p => KeyValuePair.Create(Culture.Parse(p.Key), (string?)p.Value)));
    }

    private static DateOnly? ParseDate(string? value, string where, List<string> problems)
    {
        if (value is null) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        problems.Add($"{where}: '{value}' is not a date (YYYY-MM-DD)");
        return null;
    }

    private static void ThrowIfAny(List<string> problems)
    {
        if (problems.Count > 0)
            throw new InvalidDataException("The seed content has problems; nothing was imported:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }
}
