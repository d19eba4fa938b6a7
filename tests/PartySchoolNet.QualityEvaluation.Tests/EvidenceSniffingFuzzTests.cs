using PartySchoolNet.QualityEvaluation.SelfAssessments;
using PartySchoolNet.ServiceDefaults.Errors;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.QualityEvaluation.Tests;

/// <summary>
/// Seeded random files through the evidence type check: it never throws, and it never accepts a file whose bytes do
/// not start the way its extension's format starts, whatever name and declared type come with it.
/// </summary>
public sealed class EvidenceSniffingFuzzTests
{
    private static readonly string[] Names = ["自评报告.pdf", "现场照片.JPG", "a.jpeg", "制度.docx", "台账.xlsx", "图.png", "run.exe", "x.pdf.exe", "noext", "", ".pdf",
        "../../etc/passwd.png", "名单\u0000.pdf", "🚩.png", "a.PdF", new string('长', 300) + ".pdf"];
    private static readonly string[] Declared = ["", "application/pdf", "image/jpeg", "image/png", "application/octet-stream", "APPLICATION/PDF", "text/html",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"];
    private static readonly Dictionary<string, byte[]> Signatures = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "%PDF"u8.ToArray(), [".jpg"] = [0xFF, 0xD8, 0xFF], [".jpeg"] = [0xFF, 0xD8, 0xFF],
        [".png"] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], [".docx"] = [0x50, 0x4B, 0x03, 0x04], [".xlsx"] = [0x50, 0x4B, 0x03, 0x04],
    };

    [Fact]
    public void Random_files_never_break_the_type_check_and_only_files_that_start_like_their_extension_pass()
    {
        var random = new Random(JsonFuzzer.Seed);
        var accepted = 0;
        for (var i = 0; i < JsonFuzzer.Iterations * 250; i++)
        {
            var name = Names[random.Next(Names.Length)];
            var content = Content(random);
            var errors = new FieldErrors();

            var type = EvidenceTypes.Check(errors, name, Declared[random.Next(Declared.Length)], content, maxBytes: 4096);

            if (errors.IsEmpty)
            {
                accepted++;
                type.ShouldNotBeNull();
                content.AsSpan().StartsWith(Signatures[Path.GetExtension(name)]).ShouldBeTrue($"seed {JsonFuzzer.Seed}, case {i}: {name}");
            }
        }
        accepted.ShouldBeGreaterThan(0);
    }

    /// <summary>Random bytes, often behind a real or almost-real signature, sometimes empty or over the limit.</summary>
    private static byte[] Content(Random random)
    {
        var body = new byte[random.Next(10) == 0 ? 5000 : random.Next(0, 64)];
        random.NextBytes(body);
        var signatures = Signatures.Values.ToArray();
        var head = random.Next(3) switch
        {
            0 => signatures[random.Next(signatures.Length)],
            1 => signatures[random.Next(signatures.Length)][..^1],
            _ => [],
        };
        return [.. head, .. body];
    }
}
