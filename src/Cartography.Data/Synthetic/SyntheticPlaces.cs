using Cartography.Core.Cultures;
using Cartography.Core.Places;

namespace Cartography.Data.Synthetic;

/// <summary>
/// The cities and towns synthetic initiatives cluster around, with real postal codes and approximate centres.
/// Weights are rough shares of initiatives, not populations: peer support concentrates in the large cities.
/// </summary>
public static class SyntheticPlaces
{
    /// <summary>The large cities (Brussels as its communes): most initiatives lie within a few km of one.</summary>
    public static IReadOnlyList<SyntheticPlace> Cities { get; } =
    [
        P("Bruxelles", "Brussel", "Brussels", "1000", 50.8467, 4.3525, 6, 1.5),
        P("Laeken", "Laken", "Laeken", "1020", 50.8800, 4.3500, 1, 1.0),
        P("Schaerbeek", "Schaarbeek", "Schaerbeek", "1030", 50.8676, 4.3737, 3, 1.2),
        P("Etterbeek", "Etterbeek", "Etterbeek", "1040", 50.8361, 4.3869, 1.5, 1.0),
        P("Ixelles", "Elsene", "Ixelles", "1050", 50.8275, 4.3697, 3, 1.2),
        P("Saint-Gilles", "Sint-Gillis", "Saint-Gilles", "1060", 50.8275, 4.3454, 2, 1.0),
        P("Anderlecht", "Anderlecht", "Anderlecht", "1070", 50.8365, 4.3085, 2.5, 1.5),
        P("Molenbeek-Saint-Jean", "Sint-Jans-Molenbeek", "Molenbeek", "1080", 50.8545, 4.3225, 2.5, 1.2),
        P("Jette", "Jette", "Jette", "1090", 50.8780, 4.3260, 1, 1.0),
        P("Evere", "Evere", "Evere", "1140", 50.8710, 4.4030, 0.8, 1.0),
        P("Auderghem", "Oudergem", "Auderghem", "1160", 50.8160, 4.4330, 0.8, 1.2),
        P("Uccle", "Ukkel", "Uccle", "1180", 50.8000, 4.3370, 1.2, 1.5),
        P("Forest", "Vorst", "Forest", "1190", 50.8105, 4.3180, 1.2, 1.2),
        P("Woluwe-Saint-Lambert", "Sint-Lambrechts-Woluwe", "Woluwe-Saint-Lambert", "1200", 50.8440, 4.4280, 1, 1.2),
        P("Saint-Josse-ten-Noode", "Sint-Joost-ten-Node", "Saint-Josse", "1210", 50.8530, 4.3730, 1.2, 0.7),
        P("Anvers", "Antwerpen", "Antwerp", "2000 2018 2020 2060", 51.2194, 4.4025, 8, 3),
        P("Gand", "Gent", "Ghent", "9000", 51.0543, 3.7174, 7, 3),
        P("Liège", "Luik", "Liège", "4000 4020", 50.6326, 5.5797, 6, 3),
        P("Charleroi", "Charleroi", "Charleroi", "6000 6001 6040 6060", 50.4108, 4.4446, 5, 3),
        P("Louvain", "Leuven", "Leuven", "3000 3001 3010", 50.8798, 4.7005, 4, 2.5),
        P("Bruges", "Brugge", "Bruges", "8000 8200 8310", 51.2093, 3.2247, 3.5, 2.5),
        P("Namur", "Namen", "Namur", "5000 5100", 50.4674, 4.8718, 3, 2.5),
        P("Mons", "Bergen", "Mons", "7000", 50.4542, 3.9523, 3, 2),
        P("Hasselt", "Hasselt", "Hasselt", "3500 3510", 50.9307, 5.3325, 2.5, 2),
        P("Malines", "Mechelen", "Mechelen", "2800", 51.0259, 4.4776, 2.5, 2),
        P("Alost", "Aalst", "Aalst", "9300", 50.9378, 4.0403, 2, 2),
        P("Courtrai", "Kortrijk", "Kortrijk", "8500", 50.8280, 3.2649, 2, 2),
        P("Ostende", "Oostende", "Ostend", "8400", 51.2254, 2.9196, 2, 1.8),
        P("La Louvière", "La Louvière", "La Louvière", "7100", 50.4800, 4.1870, 1.5, 2),
        P("Tournai", "Doornik", "Tournai", "7500", 50.6056, 3.3878, 1.5, 2),
        P("Genk", "Genk", "Genk", "3600", 50.9650, 5.5000, 1.5, 2),
        P("Verviers", "Verviers", "Verviers", "4800", 50.5894, 5.8624, 1.3, 1.8),
        P("Saint-Nicolas", "Sint-Niklaas", "Sint-Niklaas", "9100", 51.1650, 4.1430, 1.3, 1.8),
        P("Wavre", "Waver", "Wavre", "1300", 50.7172, 4.6014, 1.2, 1.8),
        P("Turnhout", "Turnhout", "Turnhout", "2300", 51.3225, 4.9447, 1.2, 1.5),
        P("Roulers", "Roeselare", "Roeselare", "8800", 50.9465, 3.1228, 1.2, 1.8),
        P("Arlon", "Aarlen", "Arlon", "6700", 49.6833, 5.8167, 1, 1.5),
        P("Eupen", "Eupen", "Eupen", "4700", 50.6304, 6.0310, 1, 1.5),
        P("Mouscron", "Moeskroen", "Mouscron", "7700", 50.7436, 3.2139, 1, 1.5),
        P("Seraing", "Seraing", "Seraing", "4100", 50.5830, 5.5000, 1, 1.5),
    ];

    /// <summary>Smaller towns: a few initiatives each, and the address of initiatives in the countryside around them.</summary>
    public static IReadOnlyList<SyntheticPlace> Towns { get; } =
    [
        P("Vilvorde", "Vilvoorde", "Vilvoorde", "1800", 50.9281, 4.4290, 0.8, 1.5),
        P("Hal", "Halle", "Halle", "1500", 50.7340, 4.2340, 0.6, 1.5),
        P("Tirlemont", "Tienen", "Tienen", "3300", 50.8070, 4.9380, 0.6, 1.5),
        P("Aarschot", "Aarschot", "Aarschot", "3200", 50.9850, 4.8370, 0.4, 1.5),
        P("Diest", "Diest", "Diest", "3290", 50.9890, 5.0500, 0.4, 1.5),
        P("Zaventem", "Zaventem", "Zaventem", "1930", 50.8830, 4.4730, 0.3, 1.2),
        P("Asse", "Asse", "Asse", "1730", 50.9100, 4.1980, 0.3, 1.5),
        P("Lierre", "Lier", "Lier", "2500", 51.1310, 4.5700, 0.6, 1.5),
        P("Geel", "Geel", "Geel", "2440", 51.1620, 4.9900, 0.8, 1.5),
        P("Mol", "Mol", "Mol", "2400", 51.1910, 5.1160, 0.4, 1.5),
        P("Herentals", "Herentals", "Herentals", "2200", 51.1770, 4.8350, 0.4, 1.5),
        P("Boom", "Boom", "Boom", "2850", 51.0880, 4.3670, 0.3, 1.2),
        P("Brasschaat", "Brasschaat", "Brasschaat", "2930", 51.2900, 4.4920, 0.3, 1.5),
        P("Saint-Trond", "Sint-Truiden", "Sint-Truiden", "3800", 50.8160, 5.1860, 0.6, 1.5),
        P("Tongres", "Tongeren", "Tongeren", "3700", 50.7800, 5.4640, 0.5, 1.5),
        P("Lommel", "Lommel", "Lommel", "3920", 51.2300, 5.3130, 0.4, 1.5),
        P("Beringen", "Beringen", "Beringen", "3580", 51.0490, 5.2260, 0.4, 1.5),
        P("Maaseik", "Maaseik", "Maaseik", "3680", 51.0980, 5.7860, 0.3, 1.2),
        P("Maasmechelen", "Maasmechelen", "Maasmechelen", "3630", 50.9650, 5.6940, 0.3, 1.5),
        P("Termonde", "Dendermonde", "Dendermonde", "9200", 51.0280, 4.1010, 0.6, 1.5),
        P("Lokeren", "Lokeren", "Lokeren", "9160", 51.1040, 3.9930, 0.5, 1.5),
        P("Audenarde", "Oudenaarde", "Oudenaarde", "9700", 50.8450, 3.6100, 0.4, 1.5),
        P("Renaix", "Ronse", "Ronse", "9600", 50.7460, 3.6000, 0.4, 1.2),
        P("Grammont", "Geraardsbergen", "Geraardsbergen", "9500", 50.7730, 3.8820, 0.4, 1.5),
        P("Eeklo", "Eeklo", "Eeklo", "9900", 51.1850, 3.5640, 0.4, 1.5),
        P("Ninove", "Ninove", "Ninove", "9400", 50.8280, 4.0250, 0.3, 1.5),
        P("Deinze", "Deinze", "Deinze", "9800", 50.9830, 3.5300, 0.3, 1.5),
        P("Ypres", "Ieper", "Ypres", "8900", 50.8510, 2.8860, 0.5, 1.5),
        P("Knokke-Heist", "Knokke-Heist", "Knokke-Heist", "8300", 51.3400, 3.2650, 0.3, 1.2),
        P("Waregem", "Waregem", "Waregem", "8790", 50.8890, 3.4270, 0.3, 1.5),
        P("Menin", "Menen", "Menen", "8930", 50.7970, 3.1220, 0.3, 1.2),
        P("Furnes", "Veurne", "Veurne", "8630", 51.0720, 2.6620, 0.2, 1.2),
        P("Tielt", "Tielt", "Tielt", "8700", 50.9990, 3.3270, 0.2, 1.5),
        P("Dixmude", "Diksmuide", "Diksmuide", "8600", 51.0330, 2.8640, 0.2, 1.5),
        P("Ottignies-Louvain-la-Neuve", "Ottignies-Louvain-la-Neuve", "Ottignies-Louvain-la-Neuve", "1340 1348", 50.6680, 4.6120, 0.9, 1.5),
        P("Nivelles", "Nijvel", "Nivelles", "1400", 50.5980, 4.3280, 0.7, 1.5),
        P("Waterloo", "Waterloo", "Waterloo", "1410", 50.7150, 4.3990, 0.4, 1.5),
        P("Braine-l'Alleud", "Eigenbrakel", "Braine-l'Alleud", "1420", 50.6830, 4.3680, 0.3, 1.5),
        P("Jodoigne", "Geldenaken", "Jodoigne", "1370", 50.7230, 4.8690, 0.2, 1.5),
        P("Tubize", "Tubeke", "Tubize", "1480", 50.6930, 4.2050, 0.2, 1.5),
        P("Ath", "Aat", "Ath", "7800", 50.6290, 3.7780, 0.4, 1.5),
        P("Soignies", "Zinnik", "Soignies", "7060", 50.5790, 4.0710, 0.3, 1.5),
        P("Binche", "Binche", "Binche", "7130", 50.4110, 4.1650, 0.3, 1.5),
        P("Thuin", "Thuin", "Thuin", "6530", 50.3390, 4.2860, 0.2, 1.5),
        P("Chimay", "Chimay", "Chimay", "6460", 50.0480, 4.3170, 0.2, 1.5),
        P("Enghien", "Edingen", "Enghien", "7850", 50.6960, 4.0390, 0.2, 1.2),
        P("Péruwelz", "Péruwelz", "Péruwelz", "7600", 50.5090, 3.5930, 0.2, 1.2),
        P("Herstal", "Herstal", "Herstal", "4040", 50.6620, 5.6220, 0.5, 1.2),
        P("Huy", "Hoei", "Huy", "4500", 50.5180, 5.2390, 0.5, 1.5),
        P("Spa", "Spa", "Spa", "4900", 50.4920, 5.8650, 0.2, 1.2),
        P("Malmedy", "Malmedy", "Malmedy", "4960", 50.4260, 6.0280, 0.2, 1.2),
        P("Waremme", "Borgworm", "Waremme", "4300", 50.6970, 5.2550, 0.2, 1.5),
        P("Visé", "Wezet", "Visé", "4600", 50.7370, 5.6960, 0.2, 1.2),
        P("Saint-Vith", "Sankt Vith", "Sankt Vith", "4780", 50.2833, 6.1267, 0.2, 1.5),
        P("Dinant", "Dinant", "Dinant", "5500", 50.2606, 4.9122, 0.4, 1.2),
        P("Ciney", "Ciney", "Ciney", "5590", 50.2960, 5.1000, 0.2, 1.5),
        P("Gembloux", "Gembloers", "Gembloux", "5030", 50.5610, 4.6980, 0.4, 1.5),
        P("Andenne", "Andenne", "Andenne", "5300", 50.4890, 5.0940, 0.2, 1.5),
        P("Sambreville", "Sambreville", "Sambreville", "5060", 50.4390, 4.6230, 0.2, 1.5),
        P("Philippeville", "Philippeville", "Philippeville", "5600", 50.1960, 4.5440, 0.15, 1.5),
        P("Couvin", "Couvin", "Couvin", "5660", 50.0530, 4.4940, 0.15, 1.2),
        P("Bastogne", "Bastenaken", "Bastogne", "6600", 50.0030, 5.7190, 0.3, 1.5),
        P("Marche-en-Famenne", "Marche-en-Famenne", "Marche-en-Famenne", "6900", 50.2270, 5.3440, 0.3, 1.5),
        P("Libramont-Chevigny", "Libramont-Chevigny", "Libramont-Chevigny", "6800", 49.9210, 5.3790, 0.2, 1.5),
        P("Neufchâteau", "Neufchâteau", "Neufchâteau", "6840", 49.8410, 5.4350, 0.15, 1.2),
        P("Virton", "Virton", "Virton", "6760", 49.5680, 5.5320, 0.2, 1.2),
        P("Bouillon", "Bouillon", "Bouillon", "6830", 49.7940, 5.0670, 0.15, 1.0),
        P("Durbuy", "Durbuy", "Durbuy", "6940", 50.3530, 5.4560, 0.15, 1.5),
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

    private static SyntheticPlace P(string fr, string nl, string en, string postalCodes, double latitude, double longitude, double weight, double spreadKm) =>
        new(LocalizedText.Of(fr, nl, en), postalCodes.Split(' '), new GeoPoint(latitude, longitude), weight, spreadKm);
}
