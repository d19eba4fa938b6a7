using System.Globalization;

namespace PartySchoolNet.Platform.Tests.Faults;

/// <summary>
/// One scenario's counts: what was sent, the effects seen, duplicates and losses, and how long recovery took. Appended
/// to <c>PSN_FAULT_REPORT</c> (tests/run.sh and tests/faults.sh print the table) and to the test's output.
/// </summary>
public sealed record FaultReport(string Scenario, long Sent, long Effects, long Duplicates, long Lost, TimeSpan Recovery, string Note = "")
{
    public const string Header = "scenario\tsent\teffects\tduplicates\tlost\trecovery_s\tnote";

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Scenario}\t{Sent}\t{Effects}\t{Duplicates}\t{Lost}\t{Recovery.TotalSeconds:0.0}\t{Note}");

    public void Print()
    {
        TestContext.Current.TestOutputHelper?.WriteLine(Header + "\n" + this);
        if (Environment.GetEnvironmentVariable("PSN_FAULT_REPORT") is { Length: > 0 } path)
        {
            lock (typeof(FaultReport))
            {
                File.AppendAllText(path, this + Environment.NewLine);
            }
        }
    }
}
