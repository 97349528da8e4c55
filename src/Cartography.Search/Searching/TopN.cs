namespace Cartography.Search.Searching;

/// <summary>The first <c>n</c> items in an order without sorting them all: a page of 20 out of 100,000 hits.</summary>
internal static class TopN
{
    public static List<int> Select(IReadOnlyList<int> items, int n, IComparer<int> order)
    {
        if (n <= 0) return [];
        if (n >= items.Count)
        {
            var all = items.ToList();
            all.Sort(order);
            return all;
        }
        // A max-heap of the n best so far: its root is the worst of them, replaced when a better item comes.
        var heap = new PriorityQueue<int, int>(n, Comparer<int>.Create((a, b) => order.Compare(b, a)));
        foreach (var item in items)
        {
            if (heap.Count < n) heap.Enqueue(item, item);
            else if (order.Compare(item, heap.Peek()) < 0) heap.EnqueueDequeue(item, item);
        }
        var best = new List<int>(heap.Count);
        while (heap.Count > 0) best.Add(heap.Dequeue());
        best.Reverse();
        return best;
    }
}
