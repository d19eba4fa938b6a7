using Grpc.Core;
using Microsoft.AspNetCore.Components;

namespace PartySchoolNet.Portal.Components.Reports;

/// <summary>
/// A report shown for a period: fetched again only when the period changes, not on every render of its page, and only the
/// latest period's answer is shown (a person switching quickly never sees an earlier answer arriving late).
/// </summary>
public abstract class PeriodReport : ComponentBase
{
    private ReportPeriod? _shown;

    [Parameter, EditorRequired] public ReportPeriod Period { get; set; } = default!;

    protected Problem? Refusal { get; private set; }

    protected bool Loading { get; private set; }

    protected override async Task OnParametersSetAsync()
    {
        if (Period == _shown)
        {
            return;
        }
        var asked = _shown = Period;
        (Refusal, Loading) = (null, true);
        try
        {
            var show = await LoadAsync(asked);
            if (asked == _shown)
            {
                show();
                Loading = false;
            }
        }
        catch (RpcException ex) when (asked == _shown)
        {
            (Refusal, Loading) = (Problem.Of(ex), false);
        }
    }

    /// <summary>Fetches the period's figures and returns what puts them on the page.</summary>
    protected abstract Task<Action> LoadAsync(ReportPeriod period);
}
