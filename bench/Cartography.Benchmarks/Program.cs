using BenchmarkDotNet.Running;
using Cartography.Benchmarks;

// `payload` prints the size of the map part of the JSON answers, `quick`, `rebuild` and `synthetic` a stopwatch look; anything else goes to BenchmarkDotNet.
if (args is ["payload", ..])
{
    PayloadReport.Print(Console.Out);
    return 0;
}
if (args is ["quick", ..])
{
    QuickTiming.Print(Console.Out, args.Length > 1 ? int.Parse(args[1]) : 100_000);
    return 0;
}
if (args is ["rebuild", ..])
{
    QuickRebuild.Print(Console.Out, args.Length > 1 ? int.Parse(args[1]) : 100_000, args.Length > 2 ? int.Parse(args[2]) : 4);
    return 0;
}
if (args is ["synthetic", ..])
{
    QuickSynthetic.Print(Console.Out, args.Length > 1 ? int.Parse(args[1]) : 100_000);
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(SearchBenchmarks).Assembly).Run(args);
return 0;
