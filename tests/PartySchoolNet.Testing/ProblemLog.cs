using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PartySchoolNet.Testing;

/// <summary>Keeps what a host logged at warning level or above, with the exception, so a test can find a failure's log line.</summary>
public sealed class ProblemLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(ProblemLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log._lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)}\n{exception}");
            }
        }
    }
}
