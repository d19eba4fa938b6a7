namespace PartySchoolNet.Identity.Contracts;

/// <summary>A person's account was created at a school; services that assign people (e.g. evaluators) keep a copy.</summary>
public sealed record AccountRegistered(
    Guid AccountId, string UserName, string DisplayName, Guid SchoolId, IReadOnlyList<string> Roles, DateTimeOffset OccurredAt);

/// <summary>
/// An account as it stands after an admin disabled or enabled it. It carries the whole account, so a copy kept elsewhere
/// can be brought up to date from this alone, and <paramref name="OccurredAt"/> orders it against the changes before it.
/// </summary>
public sealed record AccountChanged(
    Guid AccountId, string UserName, string DisplayName, Guid SchoolId, IReadOnlyList<string> Roles, bool Disabled, DateTimeOffset OccurredAt);
