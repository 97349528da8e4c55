using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace Cartography.Benchmarks;

/// <summary>The targets are p95s: show them beside the mean.</summary>
public sealed class PercentileConfig : ManualConfig
{
    public PercentileConfig() => AddColumn(StatisticColumn.P95);
}
