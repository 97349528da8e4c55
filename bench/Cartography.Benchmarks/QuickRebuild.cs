using System.Diagnostics;
using Cartography.Search.FullText;

namespace Cartography.Benchmarks;

/// <summary>
/// A quick look at the index build while working (`rebuild [count]`): three timed rebuilds after one warm-up.
/// BenchmarkDotNet's <see cref="StartupBenchmarks"/> gives the figures for docs/performance.md.
/// </summary>
public static class QuickRebuild
{
    public static void Print(TextWriter output, int count, int runs = 4)
    {
        var snapshot = BenchDirectory.BuildSnapshot(count);
        var documents = snapshot.Initiatives.Select(snapshot.IndexDocumentOf).ToList();
        for (var run = 0; run < runs; run++)
        {
            var folder = Path.Combine(Path.GetTempPath(), "cartography-bench", $"quick-rebuild-{Guid.NewGuid():n}");
            var allocated = GC.GetTotalAllocatedBytes();
            var paused = GC.GetTotalPauseDuration();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var jit = System.Runtime.JitInfo.GetCompilationTime();
            var jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
            var started = Stopwatch.GetTimestamp();
            using (var index = InitiativeIndex.Open(folder)) index.Rebuild(documents, sequence: 1);
            var elapsed = Stopwatch.GetElapsedTime(started);
            output.WriteLine($"{count,7:N0}  {(run == 0 ? "warm-up" : $"run {run}"),-8} {elapsed.TotalSeconds,6:0.00} s ({(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds,5:0.0} s CPU)   {(GC.GetTotalAllocatedBytes() - allocated) / 1_048_576,6:N0} MB allocated, GC pauses {(GC.GetTotalPauseDuration() - paused).TotalSeconds:0.00} s, JIT {(System.Runtime.JitInfo.GetCompilationTime() - jit).TotalSeconds:0.00} s for {System.Runtime.JitInfo.GetCompiledMethodCount() - jitted} methods");
            Directory.Delete(folder, recursive: true);
        }
    }
}
