namespace PartySchoolNet.FacultyPool.Tests;

/// <summary>FacultyPool with the demo pool: every school of the 阜阳 tree gets its instructors and assignments.</summary>
public sealed class DemoPoolHost() : FacultyPoolHost(seedDemoPool: true)
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await UntilEverySchoolHandledByAsync("DemoPoolConsumer", TimeSpan.FromSeconds(120));
    }
}
