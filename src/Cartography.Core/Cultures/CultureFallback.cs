namespace Cartography.Core.Cultures;

/// <summary>The order in which cultures stand in for a missing text: fr, then nl, then en unless configured.</summary>
public sealed class CultureFallback
{
    public static CultureFallback Default { get; } = new([Culture.Fr, Culture.Nl, Culture.En]);

    public CultureFallback(IReadOnlyList<Culture> order)
    {
        if (order.Count != Culture.All.Count || order.Distinct().Count() != Culture.All.Count)
            throw new ArgumentException("The fallback order must name each culture once.", nameof(order));
        Order = order;
    }

    public IReadOnlyList<Culture> Order { get; }
}
