using System.Collections.Concurrent;
using Grpc.Core;
using PartySchoolNet.Identity.Contracts;
using PartySchoolNet.Testing;
using PartySchoolNet.ServiceDefaults;

namespace PartySchoolNet.Platform.Tests.Faults;

/// <summary>
/// What the fault scenarios do and measure: schools registered straight at Identity (each one event for five consuming
/// services), and per county what the consumers hold and what Reporting counted — a count the inbox alone keeps from
/// doubling, so it shows a duplicate where the replicas (keyed by school) cannot.
/// </summary>
public sealed class FaultWorld(FaultyPlatformFixture platform)
{
    public static readonly string[] Consumers = [.. PlatformServices.Consumers.Select(s => s.Name)];

    public async Task<IdentityService.IdentityServiceClient> IdentityAsync() =>
        new(GrpcTesting.Channel(platform.Endpoint("identity", "grpc"), await platform.TokenAsync("fy.admin")));

    public static async Task<string> CountyIdAsync(IdentityService.IdentityServiceClient identity, string code) =>
        (await identity.ListSchoolsAsync(new ListSchoolsRequest { Tier = SchoolTier.County, PageSize = 100 })).Schools.Single(s => s.Code == code).SchoolId;

    /// <summary>Registers townships <c>{prefix}{i}</c>; the ids Identity acknowledged (failed calls are left out: they are not promises).</summary>
    public static async Task<IReadOnlyCollection<string>> RegisterAsync(
        IdentityService.IdentityServiceClient identity, string countyId, string prefix, IEnumerable<int> numbers, Action<int>? onEach = null)
    {
        var acknowledged = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(numbers, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            try
            {
                var school = await identity.RegisterSchoolAsync(new RegisterSchoolRequest
                {
                    Code = $"{prefix}{i:00000}", Name = $"故障演练{prefix}{i}党校", Tier = SchoolTier.Township, ParentId = countyId,
                }, deadline: DateTime.UtcNow.AddSeconds(10), cancellationToken: ct);
                acknowledged.Add(school.SchoolId);
            }
            catch (RpcException)
            {
                // Refused while a dependency was down: the caller knows it was not done.
            }
            onEach?.Invoke(i);
        });
        return acknowledged;
    }

    public Task<long> ReplicasAsync(string service, string prefix) =>
        TestInfrastructure.ScalarAsync<long>(platform.Database(service), $"SELECT count(*) FROM schools WHERE code LIKE '{prefix}%'");

    public async Task<long> ReplicasEverywhereAsync(string prefix)
    {
        var counts = await Task.WhenAll(Consumers.Select(c => ReplicasAsync(c, prefix)));
        return counts.Sum();
    }

    public async Task<long> ReportedTownshipsAsync(string countyCode) =>
        await TestInfrastructure.ScalarAsync<int?>(platform.Database("reporting"),
            $"SELECT (SELECT count FROM school_counts WHERE scope_path = 'fy.{countyCode}' AND tier = 'Township')") ?? 0;

    public Task<long> IdentityCountAsync(string sql) => TestInfrastructure.ScalarAsync<long>(platform.Database("identity"), sql);

    public Task WaitForQuietBrokerAsync() =>
        Eventually.Until(platform.BrokerIsIdleAsync, idle => idle, TimeSpan.FromMinutes(5), "every queue to drain");

    /// <summary>Waits until every consumer holds <paramref name="expected"/> schools of the prefix, or the deadline passes; the count reached.</summary>
    public async Task<long> EffectsWithinAsync(string prefix, long expected, TimeSpan deadline)
    {
        try
        {
            return await Eventually.Until(() => ReplicasEverywhereAsync(prefix), n => n >= expected * Consumers.Length, deadline, $"{expected} schools in every consumer");
        }
        catch (TimeoutException)
        {
            return await ReplicasEverywhereAsync(prefix);
        }
    }
}
