using System.Text;
using Grpc.Core;
using PartySchoolNet.Enrollment.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.Enrollment.Tests;

/// <summary>
/// Seeded random roster files through ImportRoster: files mutated from a valid one (quotes, separators, line ends, BOMs,
/// odd values, cut short) must each be imported or refused with field errors — never fail otherwise.
/// </summary>
public sealed class RosterFuzzTests(EnrollmentHost host) : IClassFixture<EnrollmentHost>
{
    private static readonly string[] Pieces =
    [
        ",", "\"", "\"\"", "\r\n", "\n", "\r", "\uFEFF", "是", "否", "一般干部", "乡科级正职", "村两委成员", "科员", "-1", "999999999999", "3.5", "",
        " ", "王家坝镇政府", "A-1", "🚩", "\u0000", "\t", "=cmd|' /C calc'!A0", new string('长', 40),
    ];

    [Fact]
    public async Task Mutated_roster_files_are_imported_or_refused_with_field_errors_and_nothing_else()
    {
        var random = new Random(JsonFuzzer.Seed);
        var client = new EnrollmentService.EnrollmentServiceClient(await host.ChannelFor("fn.admin"));
        var schoolId = (await host.SchoolIdAsync("fn")).ToString();
        var (imported, refused) = (0, 0);

        for (var i = 0; i < JsonFuzzer.Iterations * 5; i++)
        {
            var csv = Mutate(random, ValidFile(i));
            try
            {
                await client.ImportRosterAsync(new ImportRosterRequest { SchoolId = schoolId, Csv = csv });
                imported++;
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.InvalidArgument)
            {
                ex.FieldViolations().ShouldNotBeEmpty($"seed {JsonFuzzer.Seed}, file {i}: {ex.Status.Detail}");
                refused++;
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"roster fuzz, seed {JsonFuzzer.Seed}: {imported} imported, {refused} refused");
        (imported + refused).ShouldBe(JsonFuzzer.Iterations * 5);
        refused.ShouldBeGreaterThan(0);
    }

    private static string ValidFile(int n)
    {
        var csv = new StringBuilder("单位,人员编号,姓名,职级,任职年限,是否领导\n");
        for (var row = 0; row < 3; row++)
        {
            csv.Append($"模糊测试单位{n % 7},F{n}-{row},张{row}明,一般干部,{row + 1},否\n");
        }
        return csv.ToString();
    }

    /// <summary>A few random edits: insert a piece, delete a span, or cut the file short.</summary>
    private static string Mutate(Random random, string text)
    {
        var result = new StringBuilder(text);
        for (var edits = random.Next(0, 5); edits > 0 && result.Length > 0; edits--)
        {
            var at = random.Next(result.Length);
            switch (random.Next(3))
            {
                case 0:
                    result.Insert(at, Pieces[random.Next(Pieces.Length)]);
                    break;
                case 1:
                    result.Remove(at, Math.Min(random.Next(1, 8), result.Length - at));
                    break;
                default:
                    result.Length = at;
                    break;
            }
        }
        return result.ToString();
    }
}
