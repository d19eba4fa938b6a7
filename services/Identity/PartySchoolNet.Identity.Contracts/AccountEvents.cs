namespace PartySchoolNet.Identity.Contracts;

/// <summary>A person's account was created at a school; services that assign people (e.g. evaluators) keep a copy.</summary>
public sealed record AccountRegistered(
    Guid AccountId, string UserName, string DisplayName, Guid SchoolId, IReadOnlyList<string> Roles, DateTimeOffset OccurredAt);
