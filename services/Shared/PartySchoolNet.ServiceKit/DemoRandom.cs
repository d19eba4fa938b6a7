namespace PartySchoolNet.ServiceKit;

/// <summary>Demo data decided by a school's code alone, so every run builds the same data.</summary>
public static class DemoRandom
{
    public static Random For(string key) => new(StableSeed(key));

    /// <summary>FNV-1a: unlike <see cref="string.GetHashCode()"/>, the same in every process.</summary>
    private static int StableSeed(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return (int)(hash & 0x7fffffff);
    }
}
