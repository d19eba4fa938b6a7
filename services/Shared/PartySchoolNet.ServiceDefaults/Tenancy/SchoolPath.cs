namespace PartySchoolNet.ServiceDefaults.Tenancy;

/// <summary>Materialized paths of school codes, e.g. <c>fy.fn.wjb</c>: a scope covers itself and everything below it.</summary>
public static class SchoolPath
{
    public const char Separator = '.';

    public static bool IsWithin(string path, string scope) =>
        path.Length == scope.Length
            ? string.Equals(path, scope, StringComparison.Ordinal)
            : path.Length > scope.Length && path[scope.Length] == Separator && path.StartsWith(scope, StringComparison.Ordinal);

    /// <summary>The ancestor <paramref name="depth"/> levels from the root (1 = the city), or the path itself when it is not that deep.</summary>
    public static string Truncate(string path, int depth) =>
        string.Join(Separator, path.Split(Separator).Take(depth));

    public static string Child(string parentPath, string code) => parentPath + Separator + code;

    /// <summary>The path and every ancestor of it, root first: <c>fy</c>, <c>fy.fn</c>, <c>fy.fn.wjb</c>.</summary>
    public static IEnumerable<string> SelfAndAncestors(string path)
    {
        for (var i = path.IndexOf(Separator); i >= 0; i = path.IndexOf(Separator, i + 1))
        {
            yield return path[..i];
        }
        yield return path;
    }
}
