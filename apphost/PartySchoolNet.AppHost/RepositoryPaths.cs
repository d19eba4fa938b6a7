namespace PartySchoolNet.AppHost;

/// <summary>Where the repository, its scripts and the built services are, found from the running binary.</summary>
public sealed record RepositoryPaths(string Root, string Configuration)
{
    public static RepositoryPaths FromRunningBinary()
    {
        var binaryDirectory = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        for (var dir = binaryDirectory; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PartySchoolNet.sln")))
            {
                return new RepositoryPaths(dir.FullName, binaryDirectory.Name);
            }
        }
        throw new InvalidOperationException("Run from inside the PartySchoolNet repository (PartySchoolNet.sln not found above the binary).");
    }

    /// <summary>The artifacts layout (<c>UseArtifactsOutput</c>): artifacts/bin/{project}/{configuration}/{project}.dll.</summary>
    public string Binary(string project) => Path.Combine(Root, "artifacts", "bin", project, Configuration, project + ".dll");

    public string Script(string name) => Path.Combine(Root, "deploy", "local", name);
}
