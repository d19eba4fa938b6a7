using PartySchoolNet.Testing;

namespace PartySchoolNet.SiteResources.Tests;

/// <summary>
/// A trigger that makes PostgreSQL itself refuse the next <c>times</c> inserts of a booking with the given SQLSTATE
/// (40P01 deadlock, 40001 serialization failure, XX000 internal error), counting every insert it sees. Removed on dispose.
/// </summary>
internal sealed class BookingFault(SiteResourcesHost host) : IAsyncDisposable
{
    public static async Task<BookingFault> RaiseAsync(SiteResourcesHost host, string sqlState, int times, string message = "injected fault")
    {
        await TestInfrastructure.ExecuteAsync(host.ConnectionString, $$"""
            CREATE SEQUENCE fault_counter;
            CREATE FUNCTION inject_booking_fault() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
            {{Body(sqlState, times, message)}}
              RETURN NEW;
            END $$;
            CREATE TRIGGER inject_booking_fault BEFORE INSERT ON bookings FOR EACH ROW EXECUTE FUNCTION inject_booking_fault();
            """);
        return new BookingFault(host);
    }

    /// <summary>
    /// Counts in a sequence, which a rolled-back transaction does not undo, and raises while the count is within <c>times</c>.
    /// </summary>
    private static string Body(string sqlState, int times, string message) => $"""
        IF nextval('fault_counter') <= {times} THEN
          RAISE EXCEPTION '{message}' USING ERRCODE = '{sqlState}';
        END IF;
        """;

    /// <summary>How many inserts the trigger saw, refused ones included.</summary>
    public async Task<long> RaisedAsync() =>
        await TestInfrastructure.ScalarAsync<long>(host.ConnectionString, "SELECT last_value FROM fault_counter");

    public async ValueTask DisposeAsync() => await TestInfrastructure.ExecuteAsync(host.ConnectionString,
        "DROP TRIGGER IF EXISTS inject_booking_fault ON bookings; DROP FUNCTION IF EXISTS inject_booking_fault(); DROP SEQUENCE IF EXISTS fault_counter;");
}
