using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using PartySchoolNet.Identity.Contracts;

using Xunit;

namespace PartySchoolNet.Testing;

/// <summary>
/// The Identity service in-process, on its own fresh database seeded with the 阜阳 demo network. Its events go to
/// exchanges under its own messaging prefix, so only the hosts of the same test share them.
/// </summary>
public class IdentityHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _messagingPrefix;

    public IdentityHost() : this(TestInfrastructure.MessagingPrefix())
    {
    }

    /// <summary>Shares <paramref name="messagingPrefix"/> with the domain service host it issues tokens for.</summary>
    internal IdentityHost(string messagingPrefix) => _messagingPrefix = messagingPrefix;

    private readonly string _database = TestInfrastructure.UniqueName("identity_test");

    public string ConnectionString => TestInfrastructure.Database(_database);

    /// <summary>Where Identity keeps its signing key, so a test can sign tokens that differ from genuine ones in one respect.</summary>
    public string KeyDirectory { get; } = Path.Combine(Path.GetTempPath(), TestInfrastructure.UniqueName("identity_keys"));

    /// <summary>What Identity logged at warning level or above.</summary>
    public ProblemLog Problems { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureLogging(logging => logging.AddProvider(Problems));
        builder.UseSetting("ConnectionStrings:identitydb", ConnectionString);
        builder.UseSetting("ConnectionStrings:messaging", TestInfrastructure.RabbitMq);
        builder.UseSetting("Messaging:Prefix", _messagingPrefix);
        builder.UseSetting("Identity:SeedDemoNetwork", "true");
        builder.UseSetting("Identity:KeyDirectory", KeyDirectory);
        // A redeemed refresh token used again is a replay at once, so tests need not wait out a leeway.
        builder.UseSetting("Identity:RefreshTokenReuseLeeway", "00:00:00");
    }

    public ValueTask InitializeAsync()
    {
        _ = Server;
        return ValueTask.CompletedTask;
    }

    public Task<string> TokenAsync(string userName, string password = Tokens.DemoPassword) =>
        Tokens.PasswordAsync(CreateClient(), userName, password);

    /// <summary>A JSON client carrying the user's token, as a script calling the transcoded API would.</summary>
    public async Task<HttpClient> HttpFor(string userName)
    {
        var http = CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", await TokenAsync(userName));
        return http;
    }

    public IdentityService.IdentityServiceClient Client(string? token) =>
        new(GrpcTesting.Channel(Server.BaseAddress, token, Server.CreateHandler()));

    public async Task<IdentityService.IdentityServiceClient> ClientFor(string userName) => Client(await TokenAsync(userName));

    public Task<Guid> SchoolIdAsync(string code) =>
        TestInfrastructure.ScalarAsync<Guid>(ConnectionString, $"SELECT id FROM schools WHERE code = '{code}'");

    public Task<long> CountAsync(string table) =>
        TestInfrastructure.ScalarAsync<long>(ConnectionString, $"SELECT count(*) FROM {table}");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await TestInfrastructure.DropDatabaseAsync(_database);
        if (Directory.Exists(KeyDirectory))
        {
            Directory.Delete(KeyDirectory, recursive: true);
        }
    }
}
