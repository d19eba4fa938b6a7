using Grpc.Core;
using Xunit;

namespace PartySchoolNet.Testing;

/// <summary>Tenancy matrices: rows of (operation, user, expected outcome per target) become one test case per cell.</summary>
public static class TenancyMatrix
{
    public static TheoryData<string, string, string, StatusCode> Cases(
        IReadOnlyList<(string Operation, string User, StatusCode[] Expected)> matrix, IReadOnlyList<string> targets)
    {
        var cases = new TheoryData<string, string, string, StatusCode>();
        foreach (var (operation, user, expected) in matrix)
        {
            for (var i = 0; i < targets.Count; i++)
            {
                cases.Add(operation, user, targets[i], expected[i]);
            }
        }
        return cases;
    }

    /// <summary>The status a call ends with: OK, or the refusal's code.</summary>
    public static async Task<StatusCode> StatusOf(Task call)
    {
        try
        {
            await call;
            return StatusCode.OK;
        }
        catch (RpcException ex)
        {
            return ex.StatusCode;
        }
    }
}
