using PartySchoolNet.Benchmarks;

// WebApplicationFactory finds the services' content roots through a manifest it looks for in the current directory.
Directory.SetCurrentDirectory(AppContext.BaseDirectory);

var benchmarks = new Dictionary<string, Func<Task>>(StringComparer.Ordinal)
{
    ["site-search"] = SiteSearchBenchmark.RunAsync,
    ["instructor-matching"] = InstructorMatchingBenchmark.RunAsync,
    ["platform"] = PlatformBenchmark.RunAsync,
    ["outreach"] = PlatformBenchmark.RunOutreachAsync,
    ["outbox"] = OutboxBenchmark.RunAsync,
    ["reporting"] = ReportingBenchmark.RunAsync,
};
var selected = args.Length == 0 ? [.. benchmarks.Keys] : args;
foreach (var name in selected)
{
    if (!benchmarks.TryGetValue(name, out var run))
    {
        Console.Error.WriteLine($"Unknown benchmark '{name}'; known: {string.Join(", ", benchmarks.Keys)}");
        return 2;
    }
    Console.WriteLine($"== {name}");
    await run();
}
RatioTable.Print();
return 0;
