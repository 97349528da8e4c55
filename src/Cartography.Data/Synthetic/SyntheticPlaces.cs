using Cartography.Core.Cultures;
using Cartography.Core.Places;

namespace Cartography.Data.Synthetic;

/// <summary>
/// The cities and towns synthetic initiatives cluster around, with real postal codes; their positions come from the
/// shipped postal places.
/// Weights are rough shares of initiatives, not populations: peer support concentrates in the large cities.
/// </summary>
public static class SyntheticPlaces
{
    /// <summary>The large cities (Brussels as its communes): most initiatives lie within a few km of one.</summary>
    public static IReadOnlyList<SyntheticPlace> Cities { get; } =
    [
        P("Bruxelles", "Brussel", "Brussels", "1000", 6, 1.5),
        P("Laeken", "Laken", "Laeken", "1020", 1, 1.0),
        P("Schaerbeek", "Schaarbeek", "Schaerbeek", "1030", 3, 1.2),
        P("Etterbeek", "Etterbeek", "Etterbeek", "1040", 1.5, 1.0),
        P("Ixelles", "Elsene", "Ixelles", "1050", 3, 1.2),
        P("Saint-Gilles", "Sint-Gillis", "Saint-Gilles", "1060", 2, 1.0),
        P("Anderlecht", "Anderlecht", "Anderlecht", "1070", 2.5, 1.5),
        P("Molenbeek-Saint-Jean", "Sint-Jans-Molenbeek", "Molenbeek", "1080", 2.5, 1.2),
        P("Jette", "Jette", "Jette", "1090", 1, 1.0),
        P("Evere", "Evere", "Evere", "1140", 0.8, 1.0),
        P("Auderghem", "Oudergem", "Auderghem", "1160", 0.8, 1.2),
        P("Uccle", "Ukkel", "Uccle", "1180", 1.2, 1.5),
        P("Forest", "Vorst", "Forest", "1190", 1.2, 1.2),
        P("Woluwe-Saint-Lambert", "Sint-Lambrechts-Woluwe", "Woluwe-Saint-Lambert", "1200", 1, 1.2),
        P("Saint-Josse-ten-Noode", "Sint-Joost-ten-Node", "Saint-Josse", "1210", 1.2, 0.7),
        P("Anvers", "Antwerpen", "Antwerp", "2000 2018 2020 2060", 8, 3),
        P("Gand", "Gent", "Ghent", "9000", 7, 3),
        P("Liège", "Luik", "Liège", "4000 4020", 6, 3),
        P("Charleroi", "Charleroi", "Charleroi", "6000 6001 6040 6060", 5, 3),
        P("Louvain", "Leuven", "Leuven", "3000 3001 3010", 4, 2.5),
        P("Bruges", "Brugge", "Bruges", "8000 8200 8310", 3.5, 2.5),
        P("Namur", "Namen", "Namur", "5000 5100", 3, 2.5),
        P("Mons", "Bergen", "Mons", "7000", 3, 2),
        P("Hasselt", "Hasselt", "Hasselt", "3500 3510", 2.5, 2),
        P("Malines", "Mechelen", "Mechelen", "2800", 2.5, 2),
        P("Alost", "Aalst", "Aalst", "9300", 2, 2),
        P("Courtrai", "Kortrijk", "Kortrijk", "8500", 2, 2),
        P("Ostende", "Oostende", "Ostend", "8400", 2, 1.8),
        P("La Louvière", "La Louvière", "La Louvière", "7100", 1.5, 2),
        P("Tournai", "Doornik", "Tournai", "7500", 1.5, 2),
        P("Genk", "Genk", "Genk", "3600", 1.5, 2),
        P("Verviers", "Verviers", "Verviers", "4800", 1.3, 1.8),
        P("Saint-Nicolas", "Sint-Niklaas", "Sint-Niklaas", "9100", 1.3, 1.8),
        P("Wavre", "Waver", "Wavre", "1300", 1.2, 1.8),
        P("Turnhout", "Turnhout", "Turnhout", "2300", 1.2, 1.5),
        P("Roulers", "Roeselare", "Roeselare", "8800", 1.2, 1.8),
        P("Arlon", "Aarlen", "Arlon", "6700", 1, 1.5),
        P("Eupen", "Eupen", "Eupen", "4700", 1, 1.5),
        P("Mouscron", "Moeskroen", "Mouscron", "7700", 1, 1.5),
        P("Seraing", "Seraing", "Seraing", "4100", 1, 1.5),
    ];

    /// <summary>Smaller towns: a few initiatives each, and the address of initiatives in the countryside around them.</summary>
    public static IReadOnlyList<SyntheticPlace> Towns { get; } =
    [
        P("Vilvorde", "Vilvoorde", "Vilvoorde", "1800", 0.8, 1.5),
        P("Hal", "Halle", "Halle", "1500", 0.6, 1.5),
        P("Tirlemont", "Tienen", "Tienen", "3300", 0.6, 1.5),
        P("Aarschot", "Aarschot", "Aarschot", "3200", 0.4, 1.5),
        P("Diest", "Diest", "Diest", "3290", 0.4, 1.5),
        P("Zaventem", "Zaventem", "Zaventem", "1930", 0.3, 1.2),
        P("Asse", "Asse", "Asse", "1730", 0.3, 1.5),
        P("Lierre", "Lier", "Lier", "2500", 0.6, 1.5),
        P("Geel", "Geel", "Geel", "2440", 0.8, 1.5),
        P("Mol", "Mol", "Mol", "2400", 0.4, 1.5),
        P("Herentals", "Herentals", "Herentals", "2200", 0.4, 1.5),
        P("Boom", "Boom", "Boom", "2850", 0.3, 1.2),
        P("Brasschaat", "Brasschaat", "Brasschaat", "2930", 0.3, 1.5),
        P("Saint-Trond", "Sint-Truiden", "Sint-Truiden", "3800", 0.6, 1.5),
        P("Tongres", "Tongeren", "Tongeren", "3700", 0.5, 1.5),
        P("Lommel", "Lommel", "Lommel", "3920", 0.4, 1.5),
        P("Beringen", "Beringen", "Beringen", "3580", 0.4, 1.5),
        P("Maaseik", "Maaseik", "Maaseik", "3680", 0.3, 1.2),
        P("Maasmechelen", "Maasmechelen", "Maasmechelen", "3630", 0.3, 1.5),
        P("Termonde", "Dendermonde", "Dendermonde", "9200", 0.6, 1.5),
        P("Lokeren", "Lokeren", "Lokeren", "9160", 0.5, 1.5),
        P("Audenarde", "Oudenaarde", "Oudenaarde", "9700", 0.4, 1.5),
        P("Renaix", "Ronse", "Ronse", "9600", 0.4, 1.2),
        P("Grammont", "Geraardsbergen", "Geraardsbergen", "9500", 0.4, 1.5),
        P("Eeklo", "Eeklo", "Eeklo", "9900", 0.4, 1.5),
        P("Ninove", "Ninove", "Ninove", "9400", 0.3, 1.5),
        P("Deinze", "Deinze", "Deinze", "9800", 0.3, 1.5),
        P("Ypres", "Ieper", "Ypres", "8900", 0.5, 1.5),
        P("Knokke-Heist", "Knokke-Heist", "Knokke-Heist", "8300", 0.3, 1.2),
        P("Waregem", "Waregem", "Waregem", "8790", 0.3, 1.5),
        P("Menin", "Menen", "Menen", "8930", 0.3, 1.2),
        P("Furnes", "Veurne", "Veurne", "8630", 0.2, 1.2),
        P("Tielt", "Tielt", "Tielt", "8700", 0.2, 1.5),
        P("Dixmude", "Diksmuide", "Diksmuide", "8600", 0.2, 1.5),
        P("Ottignies-Louvain-la-Neuve", "Ottignies-Louvain-la-Neuve", "Ottignies-Louvain-la-Neuve", "1340 1348", 0.9, 1.5),
        P("Nivelles", "Nijvel", "Nivelles", "1400", 0.7, 1.5),
        P("Waterloo", "Waterloo", "Waterloo", "1410", 0.4, 1.5),
        P("Braine-l'Alleud", "Eigenbrakel", "Braine-l'Alleud", "1420", 0.3, 1.5),
        P("Jodoigne", "Geldenaken", "Jodoigne", "1370", 0.2, 1.5),
        P("Tubize", "Tubeke", "Tubize", "1480", 0.2, 1.5),
        P("Ath", "Aat", "Ath", "7800", 0.4, 1.5),
        P("Soignies", "Zinnik", "Soignies", "7060", 0.3, 1.5),
        P("Binche", "Binche", "Binche", "7130", 0.3, 1.5),
        P("Thuin", "Thuin", "Thuin", "6530", 0.2, 1.5),
        P("Chimay", "Chimay", "Chimay", "6460", 0.2, 1.5),
        P("Enghien", "Edingen", "Enghien", "7850", 0.2, 1.2),
        P("Péruwelz", "Péruwelz", "Péruwelz", "7600", 0.2, 1.2),
        P("Herstal", "Herstal", "Herstal", "4040", 0.5, 1.2),
        P("Huy", "Hoei", "Huy", "4500", 0.5, 1.5),
        P("Spa", "Spa", "Spa", "4900", 0.2, 1.2),
        P("Malmedy", "Malmedy", "Malmedy", "4960", 0.2, 1.2),
        P("Waremme", "Borgworm", "Waremme", "4300", 0.2, 1.5),
        P("Visé", "Wezet", "Visé", "4600", 0.2, 1.2),
        P("Saint-Vith", "Sankt Vith", "Sankt Vith", "4780", 0.2, 1.5),
        P("Dinant", "Dinant", "Dinant", "5500", 0.4, 1.2),
        P("Ciney", "Ciney", "Ciney", "5590", 0.2, 1.5),
        P("Gembloux", "Gembloers", "Gembloux", "5030", 0.4, 1.5),
        P("Andenne", "Andenne", "Andenne", "5300", 0.2, 1.5),
        P("Sambreville", "Sambreville", "Sambreville", "5060", 0.2, 1.5),
        P("Philippeville", "Philippeville", "Philippeville", "5600", 0.15, 1.5),
        P("Couvin", "Couvin", "Couvin", "5660", 0.15, 1.2),
        P("Bastogne", "Bastenaken", "Bastogne", "6600", 0.3, 1.5),
        P("Marche-en-Famenne", "Marche-en-Famenne", "Marche-en-Famenne", "6900", 0.3, 1.5),
        P("Libramont-Chevigny", "Libramont-Chevigny", "Libramont-Chevigny", "6800", 0.2, 1.5),
        P("Neufchâteau", "Neufchâteau", "Neufchâteau", "6840", 0.15, 1.2),
        P("Virton", "Virton", "Virton", "6760", 0.2, 1.2),
        P("Bouillon", "Bouillon", "Bouillon", "6830", 0.15, 1.0),
        P("Durbuy", "Durbuy", "Durbuy", "6940", 0.15, 1.5),
    ];

    public static IReadOnlyList<SyntheticPlace> All { get; } = [.. Cities, .. Towns];

    /// <summary>The listed place whose centre is closest to <paramref name="point"/>.</summary>
    public static SyntheticPlace Nearest(GeoPoint point) => All[NearestIndex(All, point)];

    internal static int NearestIndex(IReadOnlyList<SyntheticPlace> places, GeoPoint point)
    {
        // Squared equirectangular distance with one cosine per call: this runs for every generated initiative.
        var kmPerDegreeLongitude = 111.32 * Math.Cos(point.Latitude * Math.PI / 180);
        var (best, bestDistance) = (0, double.MaxValue);
        for (var i = 0; i < places.Count; i++)
        {
            var dx = (places[i].Centre.Longitude - point.Longitude) * kmPerDegreeLongitude;
            var dy = (places[i].Centre.Latitude - point.Latitude) * 110.57;
            var distance = dx * dx + dy * dy;
            if (distance < bestDistance) (best, bestDistance) = (i, distance);
        }
        return best;
    }

    private static SyntheticPlace P(string fr, string nl, string en, string postalCodes, double weight, double spreadKm)
    {
        var codes = postalCodes.Split(' ');
        var centre = BelgianPlaces.Belgium.Locate(codes[0], fr) ?? throw new InvalidOperationException($"{codes[0]} is not a Belgian postal code");
        return new(LocalizedText.Of(fr, nl, en), codes, centre, weight, spreadKm);
    }
}
