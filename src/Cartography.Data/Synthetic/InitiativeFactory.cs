using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;

namespace Cartography.Data.Synthetic;

/// <summary>
/// Draws initiatives one after the other from a single seeded stream: the n-th initiative of a seed is the same
/// whatever the count asked for, so a larger run extends a smaller one.
/// </summary>
internal sealed class InitiativeFactory(int seed)
{
    /// <summary>The share of initiatives placed anywhere on land rather than around a city or town.</summary>
    private const double CountrysideShare = 0.15;

    private const int ReferenceYear = 2026;

    private static readonly DateOnly ReferenceDate = new(ReferenceYear, 6, 30);

    private static readonly string[] PublicKeys =
        ["adults", "young-people", "older-people", "women", "families", "people-who-use-drugs", "people-in-prison", "homeless-people", "migrants", "professionals"];

    private static readonly (string Key, double Weight)[] Statuses =
        [("salaried", 35), ("volunteer", 33), ("mixed", 14), ("trainee", 10), ("self-employed", 8)];

    private static readonly double[] PlaceWeights = Cumulative(SyntheticPlaces.All.Select(p => p.Weight));
    private static readonly double[] SectorWeights = Cumulative(SectorPhrases.All.Select(s => s.Weight));
    private static readonly double[] StatusWeights = Cumulative(Statuses.Select(s => s.Weight));

    private readonly Random random = new(seed);
    private readonly IReadOnlyList<SyntheticOrganisation> organisations = OrganisationFactory.Create(seed);

    public Initiative Next(int number)
    {
        var location = Location();
        // The address is the real postal place nearest the position: its code, its name, its municipality.
        var place = PostalPlaceGrid.Nearest(location);
        var dutchInBrussels = random.NextDouble() < 0.35;
        var localName = CityOf(place, dutchInBrussels);
        var sector = SectorPhrases.All[Pick(SectorWeights)];
        var second = random.NextDouble() < 0.35 ? SectorPhrases.Of(sector.Related[random.Next(sector.Related.Length)]) : null;
        var types = Types(sector, second);
        var status = Statuses[Pick(StatusWeights)].Key;
        var activity = random.NextDouble() switch { < 0.86 => Activity.Active, < 0.93 => Activity.Starting, _ => Activity.Ended };
        var organisation = Organisation(location);
        var brand = random.NextDouble() < 0.35 ? Brand(place, dutchInBrussels) : null;

        var type = TypePhrases.Of(types[0]);
        var placeName = new Phrase(place.NameIn(Culture.Fr), place.NameIn(Culture.Nl), place.NameIn(Culture.En));
        var name = new Phrase(
            $"{Prefix(brand)}{type.Name.Fr} {sector.InName.Fr} à {placeName.Fr}",
            $"{Prefix(brand)}{type.Name.Nl} {sector.InName.Nl} in {placeName.Nl}",
            $"{Prefix(brand)}{type.Name.En} {sector.InName.En} in {placeName.En}");
        // An organisation's initiative is a page of its site; an independent one has a site of its own.
        var host = organisation is not null ? new Uri(organisation.Content.Website!).Host
            : $"{Slugs.From(brand ?? "pairs")}-{Slugs.From(localName)}.example.org";
        var page = organisation is null ? "" : Slugs.From(type.Name.In(LocalCulture(place, dutchInBrussels)));

        return new Initiative
        {
            Name = name.ToText(),
            Description = Description(placeName, sector, second, types, status, activity, organisation),
            Slug = LocalizedText.From(Culture.All.Select(c => KeyValuePair.Create(c, (string?)Slug(name.In(c), number)))),
            OrganisationId = organisation?.Id,
            Sectors = second is null ? [sector.Key] : [sector.Key, second.Key],
            Types = types,
            Publics = Publics(sector, second),
            Status = status,
            PeerWorkerCount = random.NextDouble() < 0.08 ? null : PeerWorkers(status),
            Address = new Address(Street(place, dutchInBrussels), place.PostalCode, localName),
            Location = location,
            Website = random.NextDouble() < 0.75 ? $"https://{host}/{page}" : null,
            Contact = random.NextDouble() < 0.55 ? new PublicContact($"{(random.Next(2) == 0 ? "contact" : "info")}@{host}", null) : PublicContact.None,
            Languages = Languages(place, dutchInBrussels, sector),
            StartedYear = StartedYear(activity),
            Activity = activity,
            LastVerified = LastVerified(activity),
            IsExample = true,
        };
    }

    private GeoPoint Location()
    {
        if (random.NextDouble() < CountrysideShare) return Anywhere();
        var place = SyntheticPlaces.All[Pick(PlaceWeights)];
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var point = Offset(place.Centre, Gaussian() * place.SpreadKm, Gaussian() * place.SpreadKm);
            if (BelgiumOutline.Contains(point)) return point;
        }
        return place.Centre;
    }

    private GeoPoint Anywhere()
    {
        while (true)
        {
            var point = Rounded(
                BelgiumOutline.South + random.NextDouble() * (BelgiumOutline.North - BelgiumOutline.South),
                BelgiumOutline.West + random.NextDouble() * (BelgiumOutline.East - BelgiumOutline.West));
            if (BelgiumOutline.Contains(point)) return point;
        }
    }

    private static GeoPoint Offset(GeoPoint centre, double northKm, double eastKm) => Rounded(
        centre.Latitude + northKm / 110.57,
        centre.Longitude + eastKm / (111.32 * Math.Cos(centre.Latitude * Math.PI / 180)));

    // Five decimals is about a metre: what a geocoder gives, and a shorter JSON document.
    private static GeoPoint Rounded(double latitude, double longitude) => new(Math.Round(latitude, 5), Math.Round(longitude, 5));

    /// <summary>A standard normal draw (Box–Muller).</summary>
    private double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>Often one of the organisations of the nearest city, more often when the initiative lies close to it.</summary>
    private SyntheticOrganisation? Organisation(GeoPoint location)
    {
        var city = SyntheticPlaces.NearestIndex(SyntheticPlaces.Cities, location);
        var distance = SyntheticPlace.DistanceKm(location, SyntheticPlaces.Cities[city].Centre);
        var linked = random.NextDouble() < (distance < 15 ? 0.65 : 0.35);
        return linked ? organisations[city * OrganisationFactory.PerCity + random.Next(OrganisationFactory.PerCity)] : null;
    }

    private List<string> Types(SectorPhrases sector, SectorPhrases? second)
    {
        var types = new List<string>(3) { sector.UsualTypes[random.Next(sector.UsualTypes.Length)] };
        var extra = random.NextDouble() switch { < 0.45 => 0, < 0.8 => 1, _ => 2 };
        while (types.Count < 1 + extra)
        {
            var pool = random.NextDouble() < 0.3 ? TypePhrases.All.Select(t => t.Key).ToArray() : (second ?? sector).UsualTypes;
            var candidate = pool[random.Next(pool.Length)];
            if (!types.Contains(candidate)) types.Add(candidate);
            else if (types.Count >= pool.Length) break;
        }
        return types;
    }

    private List<string> Publics(SectorPhrases sector, SectorPhrases? second)
    {
        var count = random.NextDouble() switch { < 0.25 => 0, < 0.7 => 1, _ => 2 };
        var publics = new List<string>(2);
        if (count > 0) publics.Add(sector.UsualPublics[random.Next(sector.UsualPublics.Length)]);
        if (count > 1)
        {
            var pool = second?.UsualPublics ?? PublicKeys;
            var candidate = random.NextDouble() < 0.6 ? pool[random.Next(pool.Length)] : PublicKeys[random.Next(PublicKeys.Length)];
            if (!publics.Contains(candidate)) publics.Add(candidate);
        }
        return publics;
    }

    private int PeerWorkers(string status) => status switch
    {
        "salaried" => random.Next(1, 7),
        "volunteer" => random.Next(2, 26),
        "self-employed" => random.Next(1, 4),
        "trainee" => random.Next(1, 5),
        _ => random.Next(3, 16),
    };

    private int? StartedYear(Activity activity) => activity switch
    {
        Activity.Starting => random.NextDouble() < 0.7 ? ReferenceYear : ReferenceYear - 1,
        Activity.Ended => random.Next(1998, 2022),
        _ when random.NextDouble() < 0.1 => null,
        // Most projects are recent: peer work spread in Belgium from the 2000s on.
        _ => ReferenceYear - Math.Min(36, (int)(-Math.Log(1 - random.NextDouble()) * 7)),
    };

    private DateOnly? LastVerified(Activity activity) =>
        random.NextDouble() < 0.05 ? null
        : activity == Activity.Ended ? ReferenceDate.AddDays(-random.Next(400, 1500))
        : ReferenceDate.AddDays(-random.Next(900));

    private List<string> Languages(PostalPlace place, bool dutchInBrussels, SectorPhrases sector)
    {
        var languages = new List<string>(4);
        if (place.Municipality.IsGermanSpeaking) languages.AddRange(["de", "fr"]);
        else if (place.Municipality.Region == Region.Flanders) languages.Add("nl");
        else if (place.Municipality.Region == Region.Wallonia) languages.Add("fr");
        else if (random.NextDouble() < 0.65) languages.AddRange(dutchInBrussels ? ["nl", "fr"] : ["fr", "nl"]);
        else languages.Add(dutchInBrussels ? "nl" : "fr");

        var brussels = place.Municipality.Region == Region.Brussels;
        if (!languages.Contains("fr") && random.NextDouble() < 0.2) languages.Add("fr");
        if (!languages.Contains("nl") && random.NextDouble() < (brussels ? 0.5 : 0.1)) languages.Add("nl");
        if (random.NextDouble() < (brussels ? 0.35 : 0.2)) languages.Add("en");
        if (random.NextDouble() < (brussels ? 0.15 : 0.06))
        {
            string[] others = ["ar", "tr", "es", "pl", "ro", "it"];
            languages.Add(others[random.Next(others.Length)]);
        }
        if (sector.Key == "disability" && random.NextDouble() < 0.4) languages.Add(languages[0] == "nl" ? "vgt" : "lsfb");
        return languages;
    }

    private string? Street(PostalPlace place, bool dutchInBrussels)
    {
        if (random.NextDouble() < 0.08) return null;
        var streets = place.Municipality.IsGermanSpeaking ? CommonPhrases.GermanStreets
            : LocalCulture(place, dutchInBrussels) == Culture.Nl ? CommonPhrases.DutchStreets
            : CommonPhrases.FrenchStreets;
        return $"{streets[random.Next(streets.Count)]} {random.Next(1, 200)}";
    }

    private string Brand(PostalPlace place, bool dutchInBrussels)
    {
        var brands = LocalCulture(place, dutchInBrussels) == Culture.Nl ? CommonPhrases.DutchBrands : CommonPhrases.FrenchBrands;
        return brands[random.Next(brands.Count)];
    }

    /// <summary>The place's name as an address there writes it; in Brussels, French or Dutch.</summary>
    private static string CityOf(PostalPlace place, bool dutchInBrussels) =>
        place.Municipality.Region != Region.Brussels ? place.LocalName
        : dutchInBrussels ? place.NameNl ?? place.NameFr! : place.NameFr ?? place.NameNl!;

    private static Culture LocalCulture(PostalPlace place, bool dutchInBrussels) =>
        place.Municipality.Region == Region.Flanders || (place.Municipality.Region == Region.Brussels && dutchInBrussels) ? Culture.Nl : Culture.Fr;

    private LocalizedText Description(Phrase place, SectorPhrases sector, SectorPhrases? second, List<string> types,
        string status, Activity activity, SyntheticOrganisation? organisation)
    {
        var first = types.Count > 1
            ? Join(TypePhrases.Of(types[0]).Activity, TypePhrases.Of(types[1]).Activity)
            : TypePhrases.Of(types[0]).Activity;
        Phrase[] opening = [CommonPhrases.Opening(random.Next(2), place, sector.Experience), CommonPhrases.Doing(first)];
        var details = new List<Phrase>(6) { sector.Details[random.Next(sector.Details.Length)] };
        if (second is not null && random.NextDouble() < 0.5) details.Add(second.Details[random.Next(second.Details.Length)]);
        details.Add(CommonPhrases.ByStatus[status]);
        details.Add(CommonPhrases.Closings[random.Next(CommonPhrases.Closings.Count)]);
        if (organisation is not null)
        {
            details.Add(CommonPhrases.RunBy(Phrase.From(organisation.Content.Name)));
        }
        if (activity == Activity.Starting) details.Add(CommonPhrases.Starting);
        if (activity == Activity.Ended) details.Add(CommonPhrases.Ended);

        return LocalizedText.From(Culture.All.Select(c => KeyValuePair.Create(c, (string?)(
            string.Join(' ', opening.Select(p => p.In(c))) + "\n\n" + string.Join(' ', details.Select(p => p.In(c)))))));
    }

    private static Phrase Join(Phrase a, Phrase b) => new($"{a.Fr}, et {b.Fr}", $"{a.Nl} en {b.Nl}", $"{a.En}, and {b.En}");

    private static string Prefix(string? brand) => brand is null ? "" : $"{brand} – ";

    /// <summary>The name's slug, cut at a word, plus "-{seed}x{number}": unique among synthetic items and unlike any slug the allocator makes ("-2", "-3").</summary>
    private string Slug(string name, int number)
    {
        var slug = Slugs.From(name);
        if (slug.Length > 60)
        {
            var cut = slug.LastIndexOf('-', 60);
            slug = slug[..(cut > 0 ? cut : 60)];
        }
        return $"{slug}-{seed}x{number}";
    }

    private int Pick(double[] cumulative)
    {
        var target = random.NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, target);
        return index >= 0 ? Math.Min(index + 1, cumulative.Length - 1) : ~index;
    }

    private static double[] Cumulative(IEnumerable<double> weights)
    {
        var total = 0.0;
        return weights.Select(w => total += w).ToArray();
    }
}
