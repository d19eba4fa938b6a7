using System.Globalization;
using Google.Protobuf.Collections;
using PartySchoolNet.QualityEvaluation.Scoring;

namespace PartySchoolNet.QualityEvaluation.Indicators;

/// <summary>
/// Reads a tree of three levels (一级指标 → 二级指标 → 观测点) from a request, with every problem named by its field:
/// level-1 weights add up to 100, each indicator's children add up to its weight, and each leaf's scoring method is sound.
/// </summary>
internal static class IndicatorTree
{
    public const decimal Total = 100;
    private const int MaxNodes = 500;

    public static List<IndicatorNode> Parse(this FieldErrors errors, RepeatedField<IndicatorInput> indicators)
    {
        var nodes = new List<IndicatorNode>();
        errors.When(indicators.Count == 0, "indicators", "请至少设置一个一级指标");
        Level(errors, indicators, "indicators", "", 1, Total, nodes);
        errors.When(nodes.Count > MaxNodes, "indicators", $"指标不能超过{MaxNodes}个");
        return nodes;
    }

    private static void Level(FieldErrors errors, RepeatedField<IndicatorInput> inputs, string field, string parentCode, int level, decimal expected, List<IndicatorNode> nodes)
    {
        var sum = 0m;
        var weighed = true;
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var path = $"{field}[{i}]";
            var code = parentCode.Length == 0 ? (i + 1).ToString(CultureInfo.InvariantCulture) : $"{parentCode}.{i + 1}";
            var weight = Weight(errors, input.Weight, $"{path}.weight");
            weighed &= weight is not null;
            sum += weight ?? 0;
            var title = input.Title.Trim();
            errors.Required(title, $"{path}.title", "指标名称").When(title.Length > 200, $"{path}.title", "指标名称不能超过200个字符")
                .When(input.Rubric.Length > 2000, $"{path}.rubric", "评分标准不能超过2000个字符")
                .When(input.Evidence.Length > 500, $"{path}.evidence", "佐证材料要求不能超过500个字符");
            var node = new IndicatorNode
            {
                Code = code, Level = level, Title = title, Weight = weight ?? 0, Method = input.Method, Base = Points.FromWire(input.Base),
                Floor = Points.FromWire(input.Floor), Cap = Points.FromWire(input.Cap), FailCap = Points.FromWire(input.FailCap),
                Rubric = input.Rubric.Trim(), Evidence = input.Evidence.Trim(),
            };
            nodes.Add(node);
            if (level == IndicatorNode.LeafLevel)
            {
                errors.When(input.Children.Count > 0, $"{path}.children", "观测点是第三级指标，不能再有下级")
                    .AddAll(weight is null ? new FieldErrors() : Leaf(node, path, RootWeight(nodes, code)));
                continue;
            }
            errors.When(input.Method != ScoringMethod.Unspecified, $"{path}.method", "只有观测点（第三级）设置评分方式")
                .When(input.Children.Count == 0, $"{path}.children", level == 1 ? "一级指标须有二级指标" : "二级指标须有观测点");
            if (input.Children.Count > 0)
            {
                Level(errors, input.Children, $"{path}.children", code, level + 1, weight ?? 0, nodes);
            }
        }
        // A weight already refused would only make the sum wrong too; one error for one mistake.
        if (inputs.Count > 0 && weighed && sum != expected)
        {
            errors.Add(field, level == 1
                ? $"一级指标权重合计须为{Points.Format(expected)}，现为{Points.Format(sum)}"
                : $"下级指标权重合计须等于上级权重{Points.Format(expected)}，现为{Points.Format(sum)}");
        }
    }

    private static decimal RootWeight(List<IndicatorNode> nodes, string code) =>
        nodes.First(n => n.Code == code.Split('.')[0]).Weight;

    private static decimal? Weight(FieldErrors errors, double value, string field)
    {
        if (!double.IsFinite(value) || value < 0 || value > (double)Total || !Points.HasAtMostTwoDecimals(value))
        {
            errors.Add(field, "权重须在0至100之间，最多两位小数");
            return null;
        }
        return (decimal)value;
    }

    private static FieldErrors Leaf(IndicatorNode leaf, string path, decimal level1Weight)
    {
        var errors = new FieldErrors();
        var (w, b, f, c) = (leaf.Weight, leaf.Base, leaf.Floor, leaf.Cap);
        switch (leaf.Method)
        {
            case ScoringMethod.Unspecified:
                errors.Add($"{path}.method", "请选择观测点的评分方式");
                break;
            case ScoringMethod.Veto:
                errors.When(w != 0, $"{path}.weight", "否决项不计分，权重须为0");
                break;
            case ScoringMethod.BonusDeduction:
                errors.When(w == 0, $"{path}.weight", "计分观测点的权重须大于0")
                    .When(!(f >= 0 && f <= b && b <= c && c <= w), $"{path}.base", "加减分须满足 0 ≤ 下限 ≤ 基础分 ≤ 上限 ≤ 权重")
                    .When(new[] { b, f, c }.Any(v => v != Points.Round(v)), $"{path}.base", "基础分、下限、上限最多两位小数");
                break;
            case ScoringMethod.PassFail:
                errors.When(w == 0, $"{path}.weight", "计分观测点的权重须大于0")
                    .When(leaf.FailCap < 0 || leaf.FailCap >= level1Weight || leaf.FailCap != Points.Round(leaf.FailCap), $"{path}.fail_cap",
                        $"未达标封顶分须在0至一级指标权重{Points.Format(level1Weight)}之间（0表示不封顶），最多两位小数");
                break;
            default:
                errors.When(w == 0, $"{path}.weight", "计分观测点的权重须大于0");
                break;
        }
        errors.When(leaf.Method != ScoringMethod.BonusDeduction && (b != 0 || f != 0 || c != 0), $"{path}.base", "只有加减分观测点设置基础分、下限和上限")
            .When(leaf.Method != ScoringMethod.PassFail && leaf.FailCap != 0, $"{path}.fail_cap", "只有达标类观测点设置未达标封顶分");
        return errors;
    }
}
