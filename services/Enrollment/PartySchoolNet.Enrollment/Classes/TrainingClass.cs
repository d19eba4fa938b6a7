using PartySchoolNet.ServiceKit;

namespace PartySchoolNet.Enrollment.Classes;

/// <summary>Who a class is for (组织划定): position levels, years of service, leaders or not, and the repeat-training window.</summary>
public sealed class TargetRules
{
    public List<PositionLevel> PositionLevels { get; set; } = [];
    public int MinYearsOfService { get; set; }
    public int MaxYearsOfService { get; set; }
    public LeaderRequirement Leaders { get; set; }
    public int RepeatWindowYears { get; set; }
}

/// <summary>A sending unit's seats in a class and how many of them are confirmed.</summary>
public sealed class ClassQuota
{
    public Guid UnitId { get; set; }
    public int Seats { get; set; }
    public int Confirmed { get; set; }
}

internal sealed record ClassSpec(
    string Title, string Description, ClassCategory Category, ClassMode Mode, DateOnly StartDate, DateOnly EndDate,
    int Capacity, decimal CreditHours, TargetRules Criteria, IReadOnlyList<(Guid UnitId, int Seats)> Quotas);

/// <summary>
/// A training class (班次) run by its owner school. Its seat counters (the class's and each quota's) change only under
/// the class row's lock (see <see cref="Selection.Seats"/>), and the database refuses any counter above its limit.
/// </summary>
public sealed class TrainingClass
{
    private TrainingClass()
    {
    }

    public Guid Id { get; private set; }
    public Guid OwnerSchoolId { get; private set; }
    public string OwnerPath { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";
    public ClassCategory Category { get; private set; }
    public ClassMode Mode { get; private set; }
    public DateOnly StartDate { get; private set; }
    public DateOnly EndDate { get; private set; }
    public int Capacity { get; private set; }
    public decimal CreditHours { get; private set; }
    public TargetRules Criteria { get; private set; } = new();
    public List<ClassQuota> Quotas { get; private set; } = [];
    public ClassState State { get; private set; }
    public int ConfirmedCount { get; private set; }

    /// <summary>The last waitlist ticket handed out: the waitlist's order.</summary>
    public long LastWaitlistTicket { get; private set; }

    public string CancelReason { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    internal static TrainingClass Create(SchoolReplica owner, ClassSpec spec, DateTimeOffset now)
    {
        var created = new TrainingClass { Id = Guid.CreateVersion7(now), OwnerSchoolId = owner.Id, OwnerPath = owner.Path, State = ClassState.Draft, CreatedAt = now };
        created.Change(spec, now);
        return created;
    }

    internal void Change(ClassSpec spec, DateTimeOffset now)
    {
        EnsureIn("修改", ClassState.Draft);
        (Title, Description, Category, Mode, StartDate, EndDate, Capacity, CreditHours, Criteria, UpdatedAt) =
            (spec.Title, spec.Description, spec.Category, spec.Mode, spec.StartDate, spec.EndDate, spec.Capacity, spec.CreditHours, spec.Criteria, now);
        Quotas = [.. spec.Quotas.Select(q => new ClassQuota { UnitId = q.UnitId, Seats = q.Seats })];
    }

    public bool AcceptsNominations => State == ClassState.Open;

    /// <summary>Seats may be confirmed, withdrawn and promoted until the class starts.</summary>
    public bool SeatsMayChange => State is ClassState.Open or ClassState.Closed;

    public ClassQuota? QuotaOf(Guid unitId) => Quotas.FirstOrDefault(q => q.UnitId == unitId);

    /// <summary>Whether a trainee of the unit fits: a free seat, and a free quota seat when the class has quotas.</summary>
    public bool HasRoomFor(Guid unitId) =>
        ConfirmedCount < Capacity && (Quotas.Count == 0 || QuotaOf(unitId) is { } quota && quota.Confirmed < quota.Seats);

    internal void TakeSeat(Guid unitId)
    {
        ConfirmedCount++;
        if (QuotaOf(unitId) is { } quota)
        {
            quota.Confirmed++;
        }
    }

    internal void FreeSeat(Guid unitId)
    {
        ConfirmedCount--;
        if (QuotaOf(unitId) is { } quota)
        {
            quota.Confirmed--;
        }
    }

    internal long NextWaitlistTicket() => ++LastWaitlistTicket;

    internal void MoveTo(ClassState target, string reason, DateTimeOffset now)
    {
        switch (target)
        {
            case ClassState.Open:
                EnsureIn("发布", ClassState.Draft);
                break;
            case ClassState.Closed:
                EnsureIn("截止报名", ClassState.Open);
                break;
            case ClassState.InProgress:
                EnsureIn("开班", ClassState.Open, ClassState.Closed);
                break;
            case ClassState.Completed:
                EnsureIn("结业", ClassState.InProgress);
                break;
            case ClassState.Cancelled:
                EnsureIn("取消", ClassState.Draft, ClassState.Open, ClassState.Closed, ClassState.InProgress);
                CancelReason = reason;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(target), target, null);
        }
        (State, UpdatedAt) = (target, now);
    }

    /// <summary>Refuses an action the class's current state does not allow.</summary>
    public void EnsureIn(string action, params ClassState[] allowed)
    {
        if (!allowed.Contains(State))
        {
            throw new StateConflictException("class_state_conflict", $"班次当前状态为“{Labels.States[State]}”，不能{action}");
        }
    }

    public ClassSnapshot Snapshot() => new()
    {
        ClassId = Id, OwnerSchoolId = OwnerSchoolId, OwnerSchoolPath = OwnerPath, Title = Title, Category = Category, Mode = Mode,
        StartDate = StartDate, EndDate = EndDate, Capacity = Capacity, CreditHours = CreditHours,
    };
}
