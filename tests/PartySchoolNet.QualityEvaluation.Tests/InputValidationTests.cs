using System.Security.Cryptography;
using Google.Protobuf;
using Grpc.Core;
using PartySchoolNet.QualityEvaluation.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.QualityEvaluation.Tests;

/// <summary>Bad campaigns, scores, claims and evidence files are refused field by field, and nothing is half-written.</summary>
public sealed class InputValidationTests(CampaignWorld world) : IClassFixture<CampaignWorld>
{
    private static readonly byte[] PdfHeader = "%PDF-1.7\n"u8.ToArray();
    private static readonly byte[] PngHeader = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0];

    private EvaluationHost Host => world.Host;

    [Fact]
    public async Task Campaign_with_every_field_wrong_reports_each_field()
    {
        var city = await Host.ClientFor("fy.admin");
        var before = await Host.CountAsync("campaigns");

        var refused = await city.CreateCampaignAsync(new CreateCampaignRequest
        {
            Name = "", IndicatorSystemId = "not-an-id", WindowStart = "2026-12-31", WindowEnd = "2026-11-01", RectificationDeadline = "2026-10-01",
            Thresholds = new GradeThresholds { Excellent = 80, Good = 90, Pass = 60 }, RectificationBelow = 1.5,
            Targets = new CampaignTargets { AllOfTier = true, SchoolIds = { "x" } },
        }).ShouldFailWith(StatusCode.InvalidArgument);

        refused.FieldViolations().ShouldBe(
            ["indicator_system_id", "name", "window_end", "rectification_deadline", "thresholds", "rectification_below", "targets.school_ids[0]", "targets"], ignoreOrder: true);
        (await Host.CountAsync("campaigns")).ShouldBe(before);
    }

    [Fact]
    public async Task Targets_of_another_tier_are_named_by_their_position()
    {
        var city = await Host.ClientFor("fy.admin");
        var system = await Host.TownshipSystemAsync();

        var refused = await city.CreateCampaignAsync(Host.Draft("层级不符", system.SystemId, new CampaignTargets
        {
            SchoolIds = { (await Host.SchoolIdAsync("wjb")).ToString(), (await Host.SchoolIdAsync("fn")).ToString(), Guid.NewGuid().ToString() },
        })).ShouldFailWith(StatusCode.InvalidArgument);

        refused.FieldViolations().ShouldBe(["targets.school_ids[1]", "targets.school_ids[2]"]);
    }

    [Fact]
    public async Task Scores_and_claims_outside_a_leafs_method_are_refused_and_none_of_the_batch_is_kept()
    {
        var campaign = await Host.OpenCampaignAsync(["wjb"], world.Evaluators);
        var school = (await Host.SchoolIdAsync("wjb")).ToString();
        var claims = await (await Host.ClientFor("wjb.admin")).SaveSelfAssessmentAsync(new SaveSelfAssessmentRequest
        {
            CampaignId = campaign.CampaignId, SchoolId = school,
            Entries = { new SelfAssessmentEntryInput { IndicatorCode = "1.1.2", Value = 2 }, new SelfAssessmentEntryInput { IndicatorCode = "9.9.9", Value = 1 } },
        }).ShouldFailWith(StatusCode.InvalidArgument);
        claims.FieldViolations().ShouldBe(["entries[1].indicator_code"]);
        await (await Host.ClientFor("fy.admin")).StartReviewAsync(new CampaignTransitionRequest { CampaignId = campaign.CampaignId });

        var refused = await (await Host.ClientFor("fy.evaluator")).ScoreSchoolAsync(new ScoreSchoolRequest
        {
            CampaignId = campaign.CampaignId, SchoolId = school,
            Scores =
            {
                new ScoreInput { IndicatorCode = "1.1.2", Value = 2 }, new ScoreInput { IndicatorCode = "1.1.1", Value = 0.5 },
                new ScoreInput { IndicatorCode = "2.1.1", Value = 5.5 }, new ScoreInput { IndicatorCode = "3.1.1", Value = 7.125 },
            },
        }).ShouldFailWith(StatusCode.InvalidArgument);

        refused.FieldViolations().ShouldBe(["scores[1].value", "scores[2].value", "scores[3].value"]);
        (await Host.CountAsync("scores", $"campaign_id = '{campaign.CampaignId}'")).ShouldBe(0);
        (await Host.CountAsync("self_assessments", $"campaign_id = '{campaign.CampaignId}'")).ShouldBe(0);
    }

    [Fact]
    public async Task Evidence_is_kept_once_with_its_hash_and_refused_when_too_large_or_not_what_it_claims()
    {
        var campaign = await Host.OpenCampaignAsync(["wjb"], world.Evaluators);
        var school = (await Host.SchoolIdAsync("wjb")).ToString();
        var client = await Host.ClientFor("wjb.admin");
        UploadEvidenceRequest File(string name, byte[] content, string type = "") => new()
        {
            CampaignId = campaign.CampaignId, SchoolId = school, IndicatorCode = "1.1.1", FileName = name, ContentType = type, Content = ByteString.CopyFrom(content),
        };
        byte[] pdf = [.. PdfHeader, .. "任职文件"u8.ToArray()];

        var stored = await client.UploadEvidenceAsync(File("党委任职文件.pdf", pdf, "application/pdf"));
        var again = await client.UploadEvidenceAsync(File("党委任职文件（重复）.pdf", pdf));
        var tooLarge = await client.UploadEvidenceAsync(File("扫描件.pdf", [.. PdfHeader, .. new byte[EvaluationHost.MaxEvidenceBytes]])).ShouldFailWith(StatusCode.InvalidArgument);
        var renamed = await client.UploadEvidenceAsync(File("照片.pdf", PngHeader)).ShouldFailWith(StatusCode.InvalidArgument);
        var program = await client.UploadEvidenceAsync(File("setup.exe", [0x4D, 0x5A, 0x90])).ShouldFailWith(StatusCode.InvalidArgument);
        var declared = await client.UploadEvidenceAsync(File("照片.png", PngHeader, "application/pdf")).ShouldFailWith(StatusCode.InvalidArgument);

        stored.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(pdf)));
        (stored.Size, stored.ContentType).ShouldBe((pdf.Length, "application/pdf"));
        again.EvidenceId.ShouldBe(stored.EvidenceId);
        tooLarge.FieldViolations().ShouldBe(["content"]);
        renamed.FieldViolations().ShouldBe(["content"]);
        program.FieldViolations().ShouldBe(["file_name"]);
        declared.FieldViolations().ShouldBe(["content_type"]);
        (await Host.CountAsync("evidence_files", $"campaign_id = '{campaign.CampaignId}'")).ShouldBe(1);

        var get = new GetEvidenceRequest { EvidenceId = stored.EvidenceId };
        (await client.GetEvidenceAsync(get)).Content.ToByteArray().ShouldBe(pdf);
        await (await Host.ClientFor(CampaignWorld.NeighbourAdmin)).GetEvidenceAsync(get).ShouldFailWith(StatusCode.PermissionDenied);
        await (await Host.ClientFor("fy.evaluator")).GetEvidenceAsync(get).ShouldFailWith(StatusCode.PermissionDenied);
        await (await Host.ClientFor("fy.admin")).StartReviewAsync(new CampaignTransitionRequest { CampaignId = campaign.CampaignId });
        (await (await Host.ClientFor("fy.evaluator")).GetEvidenceAsync(get)).File.Sha256.ShouldBe(stored.Sha256);
    }
}
