using System.Reflection;
using Shouldly;

namespace PartySchoolNet.Architecture.Tests;

/// <summary>Who may know whom: the rules that keep each service's data its own and the building blocks free of services.</summary>
public sealed class DependencyRules
{
    [Fact]
    public void A_service_knows_another_service_only_through_its_contracts()
    {
        var breaches = Codebase.Services.SelectMany(service => Codebase.OwnReferences(service)
            .Where(name => !Codebase.IsContracts(name) && !Codebase.SharedNames.Contains(name))
            .Select(name => $"{service.GetName().Name} → {name}"));

        breaches.ShouldBeEmpty();
    }

    [Fact]
    public void The_shared_building_blocks_never_know_a_service()
    {
        var breaches = Codebase.Shared.SelectMany(shared => Codebase.OwnReferences(shared)
            .Where(name => Codebase.ServiceNames.Contains(name))
            .Select(name => $"{shared.GetName().Name} → {name}"));

        breaches.ShouldBeEmpty();
    }

    [Fact]
    public void Persistence_knows_nothing_of_messaging_and_messaging_nothing_of_the_service_kit()
    {
        Codebase.OwnReferences(Assembly.Load("PartySchoolNet.Persistence")).ShouldBe(["PartySchoolNet.ServiceDefaults"]);
        Codebase.OwnReferences(Assembly.Load("PartySchoolNet.Messaging")).ShouldNotContain("PartySchoolNet.ServiceKit");
    }

    [Fact]
    public void Contracts_carry_only_messages_protobuf_grpc_and_other_contracts()
    {
        string[] allowed = ["System.", "Microsoft.Win32", "netstandard", "Google.Protobuf", "Google.Api", "Grpc.", "PartySchoolNet."];
        var breaches = Codebase.Contracts.SelectMany(contracts => contracts.GetReferencedAssemblies().Select(n => n.Name!)
            .Where(name => name != "System" && !allowed.Any(a => name.StartsWith(a, StringComparison.Ordinal))
                || name.StartsWith(Codebase.Prefix, StringComparison.Ordinal) && !Codebase.IsContracts(name))
            .Select(name => $"{contracts.GetName().Name} → {name}"));

        Codebase.Contracts.Count.ShouldBeGreaterThanOrEqualTo(6);
        breaches.ShouldBeEmpty();
    }

    [Fact]
    public void A_service_holds_no_database_context_but_its_own()
    {
        var breaches = Codebase.Services.SelectMany(service => service.GetTypes()
            .Where(t => typeof(Microsoft.EntityFrameworkCore.DbContext).IsAssignableFrom(t))
            .Where(t => !t.Namespace!.StartsWith(service.GetName().Name + ".", StringComparison.Ordinal))
            .Select(t => $"{service.GetName().Name}: {t.FullName}"));
        var perService = Codebase.Services.Select(s => (s.GetName().Name, Contexts: s.GetTypes().Count(t => typeof(Microsoft.EntityFrameworkCore.DbContext).IsAssignableFrom(t) && !t.IsAbstract)));

        breaches.ShouldBeEmpty();
        perService.ShouldAllBe(s => s.Contexts == 1);
    }
}
