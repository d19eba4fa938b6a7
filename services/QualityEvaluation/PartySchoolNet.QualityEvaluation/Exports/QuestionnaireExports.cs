using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using PartySchoolNet.QualityEvaluation.Feedback;
using PartySchoolNet.QualityEvaluation.Surveys;

namespace PartySchoolNet.QualityEvaluation.Exports;

/// <summary>
/// A class's feedback results (<c>GET …/feedback/classes/{classId}/results.xlsx</c>) and a survey's tallies
/// (<c>GET …/surveys/{surveyId}/tallies.xlsx</c>) as workbooks: the API's own figures and scope, a sheet per table.
/// </summary>
internal static class QuestionnaireExports
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private sealed record SessionLine(
        [property: ExcelColumnName("课次")] string Session, [property: ExcelColumnName("授课教师")] string Instructor,
        [property: ExcelColumnName("评价人数")] int Respondents, [property: ExcelColumnName("得分（百分制）")] string Score);

    public static void MapQuestionnaireExports(this WebApplication app)
    {
        app.MapGet("/api/v1/quality-evaluation/feedback/classes/{classId}/results.xlsx", async (string classId, HttpContext http, ClassFeedback feedback, CancellationToken ct) =>
        {
            var results = await feedback.GetAsync(new GetFeedbackResultsRequest { ClassId = classId }, Caller.FromPrincipal(http.User), ct);
            var sheets = new Dictionary<string, object>
            {
                ["概况"] = new[]
                {
                    new QuestionSheets.Summary("班次", results.ClassTitle), new("发放反馈码", Text(results.Tickets)), new("回收", Text(results.Responses)),
                    new("回收率%", Text(results.ResponseRate)), new("已结束", results.Closed ? "是" : "否"),
                },
                ["各题"] = QuestionSheets.Questions("全部", results.Questions).ToList(),
                ["选项"] = QuestionSheets.Options("全部", results.Questions).ToList(),
                ["课次"] = results.Sessions.Select(s => new SessionLine(s.Title, s.InstructorName.Length > 0 ? s.InstructorName : s.InstructorId, s.Respondents, s.Withheld ? "人数不足，不显示" : Text(s.Score))).ToList(),
                ["意见建议"] = QuestionSheets.Texts(results.Questions).ToList(),
            };
            await WriteAsync(http, sheets, $"feedback-{classId}.xlsx", ct);
        });
        app.MapGet("/api/v1/quality-evaluation/surveys/{surveyId}/tallies.xlsx", async (string surveyId, HttpContext http, SurveyDesk surveys, CancellationToken ct) =>
        {
            var tallies = await surveys.TalliesAsync(new GetSurveyTalliesRequest { SurveyId = surveyId }, Caller.FromPrincipal(http.User), ct);
            var sheets = new Dictionary<string, object>
            {
                ["概况"] = new[]
                {
                    new QuestionSheets.Summary("调研", tallies.Title), new("发放问卷", Text(tallies.Target)), new("回收", Text(tallies.Responses)),
                    new("回收率%", Text(tallies.ResponseRate)),
                },
                ["各题"] = QuestionSheets.Questions("全部", tallies.Questions).Concat(tallies.Groups.SelectMany(g => QuestionSheets.Questions(g.Group, g.Questions))).ToList(),
                ["选项"] = QuestionSheets.Options("全部", tallies.Questions).Concat(tallies.Groups.SelectMany(g => QuestionSheets.Options(g.Group, g.Questions))).ToList(),
                ["意见建议"] = QuestionSheets.Texts(tallies.Questions).ToList(),
            };
            await WriteAsync(http, sheets, $"survey-{surveyId}.xlsx", ct);
        });
    }

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A questionnaire's figures are a few hundred rows at most: the workbook is made in memory and sent whole.</summary>
    private static async Task WriteAsync(HttpContext http, Dictionary<string, object> sheets, string fileName, CancellationToken ct)
    {
        using var workbook = new MemoryStream();
        await workbook.SaveAsAsync(sheets, excelType: ExcelType.XLSX, cancellationToken: ct);
        http.Response.ContentType = Xlsx;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await http.Response.Body.WriteAsync(workbook.ToArray(), ct);
    }
}
