using System.Security.Cryptography;
using System.Text;
using Cartography.Core.Content;

namespace Cartography.Data.Synthetic;

/// <summary>
/// Plausible, invented initiatives for scale tests and benchmarks: clustered around Belgian cities, sparse in the
/// countryside, with trilingual names and descriptions in the field's own words and valid taxonomy keys. Pure and
/// deterministic: the same seed gives the same initiatives, and the n-th initiative does not depend on the count.
/// Everything is marked <see cref="Initiative.IsExample"/>.
/// </summary>
public static class SyntheticDirectory
{
    public const string KeyPrefix = "synthetic-";

    /// <summary>Initiatives 1 to <paramref name="count"/> of <paramref name="seed"/>, drawn lazily.</summary>
    public static IEnumerable<Initiative> Initiatives(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Draw(count, seed);

        static IEnumerable<Initiative> Draw(int count, int seed)
        {
            var factory = new InitiativeFactory(seed);
            for (var number = 1; number <= count; number++) yield return factory.Next(number);
        }
    }

    /// <summary>The organisations the initiatives of <paramref name="seed"/> may point to (a few per city).</summary>
    public static IReadOnlyList<SyntheticOrganisation> Organisations(int seed) => OrganisationFactory.Create(seed);

    /// <summary>The key of the <paramref name="number"/>-th initiative (from 1): <c>synthetic-{seed}-{number}</c>.</summary>
    public static string InitiativeKey(int seed, int number) => $"{KeyPrefix}{seed}-{number}";

    public static string OrganisationKey(int seed, int number) => $"{KeyPrefix}{seed}-org-{number}";

    /// <summary>A stable id for a key, so a synthetic item has the same id (and API address) in every database.</summary>
    public static Guid IdOf(string key) => new(MD5.HashData(Encoding.UTF8.GetBytes("cartography:" + key)));
}
