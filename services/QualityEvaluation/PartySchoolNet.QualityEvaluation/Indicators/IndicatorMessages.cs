using Google.Protobuf.WellKnownTypes;

namespace PartySchoolNet.QualityEvaluation.Indicators;

internal static class IndicatorMessages
{
    public static Contracts.IndicatorSystem ToMessage(this IndicatorSystem s, bool withTree = true)
    {
        var message = new Contracts.IndicatorSystem
        {
            SystemId = s.Id.ToString(), Code = s.Code, Version = s.Version, Name = s.Name, Tier = s.Tier, Frozen = s.Frozen,
            LeafCount = s.Leaves.Count(), CreatedAt = Timestamp.FromDateTimeOffset(s.CreatedAt), Etag = s.RowVersion,
        };
        if (withTree)
        {
            message.Indicators.Add(Children(s.Nodes, ""));
        }
        return message;
    }

    private static IEnumerable<Indicator> Children(List<IndicatorNode> nodes, string parent) =>
        nodes.Where(n => n.ParentCode == parent).Select(n =>
        {
            var indicator = new Indicator
            {
                Code = n.Code, Level = n.Level, Title = n.Title, Weight = (double)n.Weight, Method = n.Method, Base = (double)n.Base,
                Floor = (double)n.Floor, Cap = (double)n.Cap, FailCap = (double)n.FailCap, Rubric = n.Rubric, Evidence = n.Evidence,
            };
            indicator.Children.Add(Children(nodes, n.Code));
            return indicator;
        });
}
