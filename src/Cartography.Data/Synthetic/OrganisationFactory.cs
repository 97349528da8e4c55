using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;

namespace Cartography.Data.Synthetic;

/// <summary>Two organisations per city of <see cref="SyntheticPlaces.Cities"/>, the same for a given seed whatever the count.</summary>
internal static class OrganisationFactory
{
    public const int PerCity = 2;

    public static IReadOnlyList<SyntheticOrganisation> Create(int seed)
    {
        // A stream of its own, so the organisations do not depend on how many initiatives are drawn.
        var random = new Random(unchecked(seed * 31 + 7));
        var organisations = new List<SyntheticOrganisation>(SyntheticPlaces.Cities.Count * PerCity);
        foreach (var city in SyntheticPlaces.Cities)
        {
            var brands = city.Region == Region.Flanders ? CommonPhrases.DutchBrands
                : city.Region == Region.Wallonia ? CommonPhrases.FrenchBrands
                : random.Next(2) == 0 ? CommonPhrases.DutchBrands : CommonPhrases.FrenchBrands;
            var firstBrand = random.Next(brands.Count);
            for (var i = 0; i < PerCity; i++)
            {
                var number = organisations.Count + 1;
                var key = SyntheticDirectory.OrganisationKey(seed, number);
                var brand = brands[(firstBrand + i) % brands.Count];
                var kind = i == 1 && random.NextDouble() < 0.35 ? "public-welfare-centre" : BrandedKinds[random.Next(BrandedKinds.Length)];
                var name = Name(kind, brand, city.Name);
                var domain = kind == "public-welfare-centre"
                    ? $"{Slugs.From(name.In(city.Region == Region.Flanders ? Culture.Nl : Culture.Fr)!)}.example.org"
                    : $"{Slugs.From(brand)}-{Slugs.From(city.LocalName(false))}.example.org";
                var organisation = new Organisation
                {
                    Name = name,
                    Kind = kind,
                    Website = $"https://{domain}",
                    Description = new Phrase(
                        $"Active à {city.Name.In(Culture.Fr)}, cette organisation soutient la pair-aidance et emploie des pair-aidant·e·s.",
                        $"Deze organisatie uit {city.Name.In(Culture.Nl)} ondersteunt ervaringsdeskundigheid en stelt ervaringsdeskundigen tewerk.",
                        $"Based in {city.Name.In(Culture.En)}, this organisation supports peer work and employs peer workers.").ToText(),
                    IsExample = true,
                };
                organisations.Add(new SyntheticOrganisation(key, SyntheticDirectory.IdOf(key), organisation));
            }
        }
        return organisations;
    }

    private static readonly string[] BrandedKinds = ["non-profit", "non-profit", "non-profit", "hospital", "users-association", "network"];

    private static LocalizedText Name(string kind, string brand, LocalizedText city) => (kind switch
    {
        "public-welfare-centre" => new Phrase(FrenchOf("CPAS", city.In(Culture.Fr)!), $"OCMW {city.In(Culture.Nl)}", $"{city.In(Culture.En)} Public Social Welfare Centre"),
        "hospital" => new Phrase($"Clinique {brand}", $"Kliniek {brand}", $"{brand} Clinic"),
        "users-association" => new Phrase($"Association d'usagers {brand}", $"Gebruikersvereniging {brand}", $"{brand} Users' Association"),
        "network" => new Phrase($"Réseau {brand}", $"Netwerk {brand}", $"{brand} Network"),
        _ => new Phrase($"ASBL {brand}", $"vzw {brand}", brand),
    }).ToText();

    /// <summary>"CPAS de Namur", "CPAS d'Ixelles": French elides "de" before a vowel.</summary>
    private static string FrenchOf(string head, string place) =>
        "AEIOUÉÈ".Contains(place[0]) ? $"{head} d'{place}" : $"{head} de {place}";
}
