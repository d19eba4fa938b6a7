using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartySchoolNet.Enrollment.Data;
using PartySchoolNet.Enrollment.Roster;

namespace PartySchoolNet.Enrollment.Credits;

/// <summary>Hours earned against hours required, for a cadre or for every cadre of a unit, in a calendar year.</summary>
internal sealed class CreditLedgers(EnrollmentDbContext db, IOptions<EnrollmentOptions> options)
{
    public async Task<CreditLedger> GetAsync(GetCreditLedgerRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var cadreId = errors.Id(request.CadreId, "cadre_id", "学员");
        errors.Year(request.Year).ThrowIfAny();
        var cadre = await db.GetCadreInScopeAsync(cadreId, caller, ct);
        var entries = await db.Credits.AsNoTracking().Where(c => c.CadreId == cadreId && c.Year == request.Year).OrderBy(c => c.CompletedOn).ToListAsync(ct);
        var ledger = Ledger(cadre, request.Year, entries.Sum(e => e.Hours));
        ledger.Entries.AddRange(entries.Select(e => new CreditEntry
        {
            ClassId = e.ClassId.ToString(), ClassTitle = e.ClassTitle, Category = e.Category, Hours = (double)e.Hours, CompletedOn = TimeInput.Format(e.CompletedOn),
        }));
        return ledger;
    }

    public async Task<ListUnitCreditsResponse> ListForUnitAsync(ListUnitCreditsRequest request, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var unitId = errors.Id(request.UnitId, "unit_id", "单位");
        errors.Year(request.Year);
        var page = errors.Page(request.PageSize, request.PageToken, 100, 1000);
        errors.ThrowIfAny();
        var unit = await db.GetUnitInScopeAsync(unitId, caller, ct);
        var year = request.Year;
        var rows = await db.Cadres.AsNoTracking().Where(c => c.UnitId == unit.Id)
            .Select(c => new { Cadre = c, Earned = db.Credits.Where(r => r.CadreId == c.Id && r.Year == year).Sum(r => (decimal?)r.Hours) ?? 0 })
            .OrderBy(x => x.Cadre.StaffNo).ToListAsync(ct);
        var ledgers = rows.Select(r => Ledger(r.Cadre, year, r.Earned)).ToList();
        var shortOnes = ledgers.Count(l => l.EarnedHours < l.RequiredHours);
        var listed = request.ShortOnly ? ledgers.Where(l => l.EarnedHours < l.RequiredHours).ToList() : ledgers;
        var response = new ListUnitCreditsResponse { TotalCount = listed.Count, NextPageToken = page.NextToken(listed.Count), ShortCount = shortOnes };
        response.Ledgers.AddRange(listed.Skip(page.Offset).Take(page.Size));
        return response;
    }

    private CreditLedger Ledger(Cadre cadre, int year, decimal earned) => new()
    {
        CadreId = cadre.Id.ToString(), CadreName = cadre.Name, PositionLevel = cadre.PositionLevel, Year = year,
        RequiredHours = (double)options.Value.RequiredHours(cadre.PositionLevel), EarnedHours = (double)earned,
    };
}

internal static class YearInput
{
    public static FieldErrors Year(this FieldErrors errors, int year) => errors.When(year is < 2000 or > 2100, "year", "年度须在2000至2100之间");
}
