using PartySchoolNet.FacultyPool.Contracts;
using PartySchoolNet.FacultyPool.Data;

namespace PartySchoolNet.FacultyPool.Lending;

internal sealed class GetLendingRequest(FacultyPoolDbContext db)
{
    public async Task<Contracts.LendingRequest> HandleAsync(GetLendingRequestRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = errors.Id(request.LendingRequestId, "lending_request_id", "借用申请");
        errors.ThrowIfAny();
        return await db.ToMessageAsync(await db.GetReadableLendingAsync(id, caller, ct), ct);
    }
}
