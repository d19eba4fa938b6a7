using Grpc.Core;
using Microsoft.AspNetCore.Components;

namespace PartySchoolNet.Portal.Components.Reports;

/// <summary>A report shown for a period: fetched again only when the period changes, not on every render of its page.</summary>
public abstract class PeriodReport : ComponentBase
{
    private ReportPeriod? _shown;

    [Parameter, EditorRequired] public ReportPeriod Period { get; set; } = default!;

    protected Problem? Refusal { get; private set; }

    protected override async Task OnParametersSetAsync()
    {
        if (Period == _shown)
        {
            return;
        }
        (_shown, Refusal) = (Period, null);
        try
        {
            await LoadAsync();
        }
        catch (RpcException ex)
        {
            Refusal = Problem.Of(ex);
        }
    }

    protected abstract Task LoadAsync();
}
