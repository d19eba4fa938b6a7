namespace PartySchoolNet.Identity.Contracts;

public static class Roles
{
    public const string NetworkAdmin = nameof(NetworkAdmin);
    public const string SchoolAdmin = nameof(SchoolAdmin);
    public const string Dispatcher = nameof(Dispatcher);
    public const string Evaluator = nameof(Evaluator);
    public const string ClassManager = nameof(ClassManager);
    public const string Instructor = nameof(Instructor);
    public const string Integrator = nameof(Integrator);

    /// <summary>Roles a person's account may hold; Integrator belongs to clients only.</summary>
    public static readonly IReadOnlySet<string> ForAccounts = new HashSet<string>(StringComparer.Ordinal)
    {
        NetworkAdmin, SchoolAdmin, Dispatcher, Evaluator, ClassManager, Instructor,
    };
}
