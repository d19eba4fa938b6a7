using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Grpc.Net.Client;

using Xunit;
using PartySchoolNet.ServiceDefaults;

namespace PartySchoolNet.Testing;

/// <summary>
/// A domain service in-process on its own database, with an in-process Identity that issues its tokens and whose
/// demo network reaches the service's copy of the tree over the real broker, as in production.
/// <typeparamref name="TContext"/> (the service's DbContext) names the service's assembly.
/// </summary>
public class DomainServiceHost<TContext>(string serviceName, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<TContext>, IAsyncLifetime where TContext : DbContext
{
    private readonly string _database = TestInfrastructure.UniqueName(serviceName.Replace("-", "_", StringComparison.Ordinal) + "_test");
    private readonly string _messagingPrefix = TestInfrastructure.MessagingPrefix();
    private IdentityHost? _identity;

    public IdentityHost Identity => _identity ?? throw new InvalidOperationException("The host is not initialized yet.");

    public string ConnectionString => TestInfrastructure.Database(_database);

    /// <summary>What the service logged at warning level or above.</summary>
    public ProblemLog Problems { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting($"ConnectionStrings:{PlatformService.DatabaseOf(serviceName)}", ConnectionString);
        builder.UseSetting("ConnectionStrings:messaging", TestInfrastructure.RabbitMq);
        builder.UseSetting("Messaging:Prefix", _messagingPrefix);
        builder.UseSetting("Identity:Authority", "http://localhost/");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.AddProvider(Problems));
        builder.ConfigureTestServices(services => services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme,
            o => o.BackchannelHttpHandler = new IdentityBackchannel(() => Identity.Server.CreateHandler())));
    }

    /// <summary>The service first, until healthy (its queues are bound); then Identity, whose demo tree the service must learn.</summary>
    public virtual async ValueTask InitializeAsync()
    {
        var http = CreateClient();
        await Eventually.Until(async () => (await http.GetAsync("/health")).IsSuccessStatusCode, ok => ok, TimeSpan.FromSeconds(60), "the service's health");
        _identity = new IdentityHost(_messagingPrefix);
        await _identity.InitializeAsync();
        var schools = await _identity.CountAsync("schools");
        await Eventually.Until(() => CountAsync("schools"), n => n == schools, TimeSpan.FromSeconds(120), $"{schools} schools in the service's tree");
    }

    /// <summary>Waits until <paramref name="consumer"/> has handled one message per school of the tree (e.g. a seeder of SchoolRegistered).</summary>
    public async Task UntilEverySchoolHandledByAsync(string consumer, TimeSpan timeout)
    {
        var schools = await CountAsync("schools");
        await Eventually.Until(() => CountAsync("inbox_messages", $"consumer = '{consumer}'"), n => n == schools, timeout, $"{consumer} for all {schools} schools");
    }

    public Task<string> TokenAsync(string userName) => Identity.TokenAsync(userName);

    public GrpcChannel Channel(string? token) => GrpcTesting.Channel(Server.BaseAddress, token, Server.CreateHandler());

    public async Task<GrpcChannel> ChannelFor(string userName) => Channel(await TokenAsync(userName));

    /// <summary>A JSON client carrying the user's token, as a script calling the transcoded API would.</summary>
    public async Task<HttpClient> HttpFor(string userName)
    {
        var http = CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", await TokenAsync(userName));
        return http;
    }

    public Task<Guid> SchoolIdAsync(string code) => Identity.SchoolIdAsync(code);

    public Task<long> CountAsync(string table, string where = "true") =>
        TestInfrastructure.ScalarAsync<long>(ConnectionString, $"SELECT count(*) FROM {table} WHERE {where}");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_identity is not null)
        {
            await _identity.DisposeAsync();
        }
        await TestInfrastructure.DropDatabaseAsync(_database);
        GC.SuppressFinalize(this);
    }

    /// <summary>Reaches Identity's in-memory server once the first token is checked, by which time Identity is running.</summary>
    private sealed class IdentityBackchannel(Func<HttpMessageHandler> create) : HttpMessageHandler
    {
        private HttpMessageInvoker? _identity;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            (_identity ??= new HttpMessageInvoker(create())).SendAsync(request, cancellationToken);
    }
}
