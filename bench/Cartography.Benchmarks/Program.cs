using BenchmarkDotNet.Running;
using Cartography.Benchmarks;

// `payload` prints the size of the map part of the JSON answers; anything else goes to BenchmarkDotNet.
if (args is ["payload", ..])
{
    PayloadReport.Print(Console.Out);
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(SearchBenchmarks).Assembly).Run(args);
return 0;
