using System.Text;
using Google.Api;
using Google.Protobuf.Reflection;
using Shouldly;
using Xunit;

namespace PartySchoolNet.Testing;

/// <summary>
/// Seeded random-input testing of a service's JSON API (gRPC JSON transcoding): every method with a POST, PATCH or PUT
/// route gets random bodies shaped loosely after its request message — wrong types, extremes, odd text, broken JSON —
/// and random path values. Anything but a clear answer (2xx, or a 4xx a person can act on) is a finding: a 500 means
/// an exception escaped a handler. The same seed replays the same requests.
/// </summary>
public sealed class JsonFuzzer(HttpClient http, int seed)
{
    public static int Iterations => int.TryParse(Environment.GetEnvironmentVariable("PSN_FUZZ_ITERATIONS"), out var n) ? n : 40;

    public static int Seed => int.TryParse(Environment.GetEnvironmentVariable("PSN_FUZZ_SEED"), out var s) ? s : 20261202;

    private readonly Random _random = new(seed);

    /// <summary>Fuzzes every create and update route of <paramref name="service"/> and fails on any server error, naming the seed.</summary>
    public static async Task AssertClearAnswersAsync(HttpClient http, ServiceDescriptor service)
    {
        var report = await new JsonFuzzer(http, Seed).RunAsync(service, Iterations);

        TestContext.Current.TestOutputHelper?.WriteLine($"JSON fuzz of {service.Name}, seed {Seed}: {report}");
        report.Sent.ShouldBeGreaterThanOrEqualTo(Iterations * 5);
        report.Statuses.Keys.ShouldContain(400);
        report.Findings.ShouldBeEmpty($"seed {Seed}");
    }

    /// <summary>Sends the requests; the report counts answers by status and lists each 5xx with what was sent.</summary>
    public async Task<FuzzReport> RunAsync(ServiceDescriptor service, int iterations)
    {
        var findings = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        foreach (var method in service.Methods)
        {
            var (verb, template) = method.GetOptions()?.GetExtension(AnnotationsExtensions.Http) is { } rule ? Route(rule) : (null, null);
            if (verb is null)
            {
                continue;
            }
            for (var i = 0; i < iterations; i++)
            {
                var path = FillPath(template!);
                var body = _random.Next(12) == 0 ? BrokenJson() : Message(method.InputType, depth: 0);
                using var request = new HttpRequestMessage(new HttpMethod(verb), path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                using var response = await http.SendAsync(request);
                statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
                if ((int)response.StatusCode >= 500)
                {
                    findings.Add($"{method.FullName} {verb} {path} → {(int)response.StatusCode}: {body} ⇒ {await response.Content.ReadAsStringAsync()}");
                }
            }
        }
        return new FuzzReport(statuses, findings);
    }

    private static (string? Verb, string? Template) Route(HttpRule rule) => rule.PatternCase switch
    {
        HttpRule.PatternOneofCase.Post => ("POST", rule.Post),
        HttpRule.PatternOneofCase.Patch => ("PATCH", rule.Patch),
        HttpRule.PatternOneofCase.Put => ("PUT", rule.Put),
        _ => (null, null),
    };

    private string FillPath(string template)
    {
        var path = new StringBuilder();
        var rest = template;
        while (rest.IndexOf('{', StringComparison.Ordinal) is var open and >= 0)
        {
            var close = rest.IndexOf('}', open);
            path.Append(rest[..open]).Append(Uri.EscapeDataString(PathValue()));
            rest = rest[(close + 1)..];
        }
        return path.Append(rest).ToString();
    }

    private string PathValue() => _random.Next(5) switch
    {
        0 => Guid.NewGuid().ToString(),
        1 => Guid.Empty.ToString(),
        2 => Text(),
        3 => new string('9', _random.Next(1, 80)),
        _ => "x",
    };

    private string Message(MessageDescriptor message, int depth)
    {
        if (message.FullName == "google.protobuf.Timestamp")
        {
            return Pick("\"2026-12-02T08:00:00Z\"", "\"0001-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59Z\"", "\"yesterday\"", "\"2026-02-30T25:61:00+08:00\"", "12345", "null");
        }
        if (depth > 3)
        {
            return "{}";
        }
        var members = message.Fields.InFieldNumberOrder().Where(_ => _random.Next(10) < 7)
            .Select(f => $"\"{(_random.Next(2) == 0 ? f.JsonName : f.Name)}\":{Field(f, depth)}");
        return "{" + string.Join(",", members) + "}";
    }

    private string Field(FieldDescriptor field, int depth)
    {
        if (field.IsRepeated && !field.IsMap)
        {
            return _random.Next(8) == 0 ? Scalar(field, depth) : "[" + string.Join(",", Enumerable.Range(0, _random.Next(0, 4)).Select(_ => Scalar(field, depth))) + "]";
        }
        return field.IsMap ? "{\"k\":" + Text(quoted: true) + "}" : Scalar(field, depth);
    }

    private string Scalar(FieldDescriptor field, int depth) => _random.Next(10) switch
    {
        0 => "null",
        1 => Pick("true", "-1", "1e309", "\"\"", "[]", "{}"),
        _ => field.FieldType switch
        {
            FieldType.Message => Message(field.MessageType, depth + 1),
            FieldType.Enum => _random.Next(3) == 0 ? _random.Next(-2, 40).ToString() : $"\"{field.EnumType.Values[_random.Next(field.EnumType.Values.Count)].Name}\"",
            FieldType.Bool => Pick("true", "false", "\"yes\""),
            FieldType.String => Text(quoted: true),
            FieldType.Bytes => Pick("\"\"", "\"JVBERi0xLjQ=\"", "\"not base64!\"", $"\"{Convert.ToBase64String(RandomBytes())}\""),
            FieldType.Double or FieldType.Float => Pick("0", "-0.5", "1.7976931348623157e308", "\"NaN\"", "\"Infinity\"", "3.14159"),
            _ => Pick("0", "-1", "2147483647", "-2147483648", "9223372036854775807", "\"12\"", "4294967296", "1.5"),
        },
    };

    private string Text(bool quoted = false)
    {
        var text = Pick("", " ", "王家坝镇党校", "fy.fn.wjb", "../../etc/passwd", "'; DROP TABLE schools; --", "<script>alert(1)</script>",
            "\\u0000", "🚩党建", "\\ud800", new string('长', _random.Next(1, 3000)), "2026-12-02", "09:00", "-1", "NaN", Guid.NewGuid().ToString(),
            "a\\nb\\tc", "SHARING_SCOPE_CITY", "%00%ff");
        return quoted ? $"\"{text}\"" : text.Replace("\\", "", StringComparison.Ordinal);
    }

    private string BrokenJson() => Pick("", "{", "[1,2,3]", "\"just a string\"", "{\"a\":", "null", "{\"x\":1}}", "\u0001\u0002", "{\"name\":\"\\ud800\"}");

    private byte[] RandomBytes()
    {
        var bytes = new byte[_random.Next(0, 64)];
        _random.NextBytes(bytes);
        return bytes;
    }

    private string Pick(params string[] options) => options[_random.Next(options.Length)];
}

/// <summary>How many answers of each HTTP status the fuzzer got, and the requests that got a server error.</summary>
public sealed record FuzzReport(IReadOnlyDictionary<int, int> Statuses, IReadOnlyList<string> Findings)
{
    public int Sent => Statuses.Values.Sum();

    public override string ToString() => string.Join(", ", Statuses.Select(s => $"{s.Key}×{s.Value}"));
}
