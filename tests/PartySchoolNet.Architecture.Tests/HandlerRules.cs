using System.Text.RegularExpressions;
using ArchUnitNET.xUnitV3;
using Grpc.Core;
using MassTransit;
using PartySchoolNet.Messaging.Inbox;
using Shouldly;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace PartySchoolNet.Architecture.Tests;

/// <summary>How a service's code is shaped: gRPC at its edge, every message through the inbox.</summary>
public sealed class HandlerRules
{
    [Fact]
    public void Only_a_services_Grpc_folder_touches_the_grpc_server_types()
    {
        var rule = Types().That().ResideInAssemblyMatching(string.Join('|', Codebase.ServiceNames.Select(n => $"^{Regex.Escape(n)},")))
            .And().DoNotResideInNamespaceMatching(@"^PartySchoolNet\.\w+\.Grpc$")
            .Should().NotDependOnAny(typeof(ServerCallContext))
            .Because("handlers take a Caller and plain requests, so they can be called (and tested) without gRPC");

        rule.Check(Codebase.Architecture);
    }

    [Fact]
    public void Every_consumer_goes_through_the_idempotent_inbox()
    {
        var consumers = Codebase.Services.Concat(Codebase.Shared).SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IConsumer).IsAssignableFrom(t)).ToList();
        var bypassing = consumers.Where(t => !DerivesFrom(t, typeof(IdempotentConsumer<>)) && !DerivesFrom(t, typeof(IdempotentBatchConsumer<>)))
            .Select(t => t.FullName);

        consumers.Count.ShouldBeGreaterThan(10);
        bypassing.ShouldBeEmpty();
    }

    private static bool DerivesFrom(Type type, Type openBase)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == openBase)
            {
                return true;
            }
        }
        return false;
    }
}
