using Google.Rpc;
using Grpc.Core;
using MiniExcelLibs;
using PartySchoolNet.QualityEvaluation.Contracts;
using PartySchoolNet.Testing;
using Shouldly;

namespace PartySchoolNet.QualityEvaluation.Tests;

/// <summary>培训需求调研: a school surveys its cadres by code; respondents answer once, anonymously, naming their group; the tallies add up.</summary>
public sealed class NeedsSurveyTests(EvaluationHost host) : IClassFixture<EvaluationHost>
{
    private static readonly string[] Groups = ["乡镇机关干部", "村级党组织负责人"];

    [Fact]
    public async Task Thirty_cadres_answer_a_county_survey_at_once_each_code_once_and_the_tallies_count_them_overall_and_per_group()
    {
        var county = await DeskAsync("fn.admin");
        var survey = await county.CreateSurveyAsync(Draft(40));
        var codes = (await county.ListSurveyTicketsAsync(new ListSurveyTicketsRequest { SurveyId = survey.SurveyId })).Tickets.Select(t => t.Code).ToList();
        var form = new SurveyFormService.SurveyFormServiceClient(host.Channel(null));
        var sheets = codes.Take(30).Select((code, i) => Sheet(code, i)).ToList();

        var sent = await Task.WhenAll(sheets.Concat(sheets.Take(5)).Select(async sheet =>
        {
            try
            {
                await form.SubmitSurveyAsync(sheet);
                return "stored";
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.FailedPrecondition)
            {
                return ex.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason;
            }
        }));
        var tallies = await county.GetSurveyTalliesAsync(new GetSurveyTalliesRequest { SurveyId = survey.SurveyId });

        sent.Count(s => s == "stored").ShouldBe(30);
        sent.Count(s => s == "survey_code_used").ShouldBe(5);
        codes.Count.ShouldBe(40);
        tallies.Responses.ShouldBe(30);
        tallies.ResponseRate.ShouldBe(75);
        var opinion = tallies.Questions.Single(q => q.QuestionKey == "opinion");
        opinion.Options.Single(o => o.Option == "学用脱节").Count.ShouldBe(sheets.Count(s => s.Answers[0].Choices.Contains("学用脱节")));
        opinion.Options.Single(o => o.Option == "学用脱节").Percent.ShouldBe(Math.Round(100.0 * sheets.Count(s => s.Answers[0].Choices.Contains("学用脱节")) / 30, 1));
        var ranking = tallies.Questions.Single(q => q.QuestionKey == "wanted").Options.Single(o => o.Option == "社会管理");
        ranking.First.ShouldBe(sheets.Count(s => s.Answers[1].Choices[0] == "社会管理"));
        ranking.MeanRank.ShouldBe(Math.Round(sheets.Average(s => s.Answers[1].Choices.IndexOf("社会管理") + 1.0), 2));
        tallies.Groups.Select(g => (g.Group, g.Responses)).ShouldBe([(Groups[0], sheets.Count(s => s.Group == Groups[0])), (Groups[1], sheets.Count(s => s.Group == Groups[1]))]);
    }

    [Fact]
    public async Task A_survey_that_cannot_be_answered_as_drafted_or_answered_outside_its_groups_is_refused_field_by_field()
    {
        var county = await DeskAsync("fn.admin");
        var bad = Draft(0);
        bad.Questions[0].Options.Add("学用脱节");
        bad.Questions.Add(new FeedbackQuestion { Key = "Bad Key", Text = "?", Kind = QuestionKind.FreeText, Options = { "x" } });
        var survey = await county.CreateSurveyAsync(Draft(3));
        var code = (await county.ListSurveyTicketsAsync(new ListSurveyTicketsRequest { SurveyId = survey.SurveyId })).Tickets[0].Code;
        var form = new SurveyFormService.SurveyFormServiceClient(host.Channel(null));
        var outsider = Sheet(code, 0);
        outsider.Group = "企业职工";

        var refused = await county.CreateSurveyAsync(bad).ShouldFailWith(StatusCode.InvalidArgument);
        var wrongGroup = await form.SubmitSurveyAsync(outsider).ShouldFailWith(StatusCode.InvalidArgument);
        await (await DeskAsync("wjb.admin")).ListSurveyTicketsAsync(new ListSurveyTicketsRequest { SurveyId = survey.SurveyId }).ShouldFailWith(StatusCode.PermissionDenied);
        await (await DeskAsync("wjb.admin")).GetSurveyTalliesAsync(new GetSurveyTalliesRequest { SurveyId = survey.SurveyId }).ShouldFailWith(StatusCode.PermissionDenied);
        var city = await (await DeskAsync("fy.admin")).GetSurveyTalliesAsync(new GetSurveyTalliesRequest { SurveyId = survey.SurveyId });
        await county.CloseSurveyAsync(new CloseSurveyRequest { SurveyId = survey.SurveyId });
        var late = await form.SubmitSurveyAsync(Sheet(code, 0)).ShouldFailWith(StatusCode.FailedPrecondition);

        refused.FieldViolations().ShouldBe(["target", "questions[0].options", "questions[2].key", "questions[2].text", "questions[2].options"], ignoreOrder: true);
        wrongGroup.FieldViolations().ShouldBe(["group"]);
        city.Responses.ShouldBe(0);
        late.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason.ShouldBe("survey_closed");
    }

    [Fact]
    public async Task A_surveys_tallies_open_as_a_workbook_overall_and_per_group()
    {
        var county = await DeskAsync("fn.admin");
        var survey = await county.CreateSurveyAsync(Draft(6));
        var codes = (await county.ListSurveyTicketsAsync(new ListSurveyTicketsRequest { SurveyId = survey.SurveyId })).Tickets.Select(t => t.Code).ToList();
        var form = new SurveyFormService.SurveyFormServiceClient(host.Channel(null));
        foreach (var (code, i) in codes.Take(4).Select((c, i) => (c, i)))
        {
            await form.SubmitSurveyAsync(Sheet(code, i));
        }

        var bytes = await (await host.HttpFor("fy.admin")).GetByteArrayAsync($"/api/v1/quality-evaluation/surveys/{survey.SurveyId}/tallies.xlsx");
        await using var workbook = new MemoryStream(bytes);

        workbook.GetSheetNames().ShouldBe(["概况", "各题", "选项", "意见建议"]);
        var options = workbook.Query(useHeaderRow: true, sheetName: "选项").Cast<IDictionary<string, object>>().ToList();
        options[0].Keys.ShouldBe(["分组", "题目", "选项", "人数", "占比%", "排第一", "平均名次"]);
        options.Count.ShouldBe(6 * (1 + Groups.Length));
        options.Where(o => (string)o["分组"] == "全部").Sum(o => Convert.ToInt32(o["排第一"], System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(4);
    }

    private async Task<NeedsSurveyService.NeedsSurveyServiceClient> DeskAsync(string userName) => new(await host.ChannelFor(userName));

    private static CreateSurveyRequest Draft(int target) => new()
    {
        Title = "2027年村干部培训需求调研", Target = target, Groups = { Groups },
        Questions =
        {
            new FeedbackQuestion { Key = "opinion", Text = "您对目前的培训内容有何意见", Kind = QuestionKind.MultipleChoice, Options = { "培训内容单一", "学用脱节", "比较实用" }, Required = true },
            new FeedbackQuestion { Key = "wanted", Text = "最希望培训的内容（排序）", Kind = QuestionKind.Ranking, Options = { "社会管理", "政策理论", "实用技术" }, Required = true },
        },
    };

    /// <summary>Respondent i: a group, one or two opinions, and the three topics in an order of its own.</summary>
    private static SubmitSurveyRequest Sheet(string code, int i)
    {
        string[] topics = ["社会管理", "政策理论", "实用技术"];
        var sheet = new SubmitSurveyRequest { Code = code, Group = Groups[i % 3 == 0 ? 0 : 1] };
        sheet.Answers.Add(new FeedbackAnswer { QuestionKey = "opinion", Choices = { i % 2 == 0 ? ["学用脱节"] : i % 5 == 0 ? ["培训内容单一", "学用脱节"] : ["比较实用"] } });
        sheet.Answers.Add(new FeedbackAnswer { QuestionKey = "wanted", Choices = { topics.Skip(i % 3).Concat(topics.Take(i % 3)) } });
        return sheet;
    }
}
