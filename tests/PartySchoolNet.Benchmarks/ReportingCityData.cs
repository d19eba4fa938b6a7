using PartySchoolNet.Testing;

namespace PartySchoolNet.Benchmarks;

/// <summary>
/// A year (2090) of a city's read models, written straight into Reporting's tables as the folds would leave them: every
/// school × month × category × mode of training volume, 100,000 cadres with their credits (≈1M attendance rows behind
/// them), 2,000 instructors and 30,000 taught sessions, 1,100 sites and 22,000 bookings, a year of 送教下基层 and a
/// finalized campaign.
/// </summary>
internal static class ReportingCityData
{
    public const int Year = 2090;

    private const string Sql =
        """
        INSERT INTO training_volume (school_id, school_path, month, category, mode, classes, sessions, trainee_times, credited_hours)
        SELECT s.id, s.path, make_date(2090, m, 1), c, md, 1 + (random() * 3)::int, 5 + (random() * 20)::int, 20 + (random() * 60)::int,
               (100 + random() * 900)::numeric(14, 1)
        FROM schools s, generate_series(1, 12) m, unnest(ARRAY['Theory', 'PartySpirit', 'Capability']) c,
             unnest(ARRAY['OnSite', 'Outreach', 'SelfSelected', 'Remote']) md;
        INSERT INTO training_volume_months (school_id, school_path, month, classes, sessions, trainee_times, credited_hours)
        SELECT school_id, min(school_path), month, sum(classes), sum(sessions), sum(trainee_times), sum(credited_hours) FROM training_volume GROUP BY 1, 3;

        CREATE TEMP TABLE numbered AS SELECT id, path, row_number() OVER (ORDER BY path) - 1 AS n, count(*) OVER () AS total FROM schools;
        INSERT INTO cadres (cadre_id, unit_id, unit_name, school_id, school_path, name, position_level, required_hours, updated_at)
        SELECT gen_random_uuid(), md5(s.id::text || (g % 20))::uuid, '单位' || (g % 20), s.id, s.path, '学员' || g,
               (ARRAY['SectionHead', 'SectionDeputy', 'GeneralStaff', 'VillageSecretary', 'VillageCommittee', 'PartyActivist'])[1 + g % 6],
               (ARRAY[90, 90, 90, 48, 32, 24])[1 + g % 6], now()
        FROM generate_series(0, 99999) g JOIN numbered s ON s.n = g % s.total;
        INSERT INTO cadre_credits (cadre_id, year, hours, classes, last_trained)
        SELECT cadre_id, 2090, (random() * 40)::numeric(8, 1), 1 + (random() * 3)::int, make_date(2090, 1 + (random() * 11)::int, 15)
        FROM cadres WHERE random() < 0.7;
        INSERT INTO cadre_credits (cadre_id, year, hours, classes, last_trained)
        SELECT cadre_id, 2088, (random() * 120)::numeric(8, 1), 1, make_date(2088, 6, 15) FROM cadres WHERE random() < 0.3;

        INSERT INTO instructors (instructor_id, name, kind, home_path, monthly_load_limit, version)
        SELECT md5('instructor' || g)::uuid, '教员' || g, (ARRAY['PartySchoolTeacher', 'DepartmentHead', 'TownshipLeader', 'LocalExpert'])[1 + g % 4],
               s.path, 8, 1
        FROM generate_series(0, 1999) g JOIN numbered s ON s.n = g % s.total;
        INSERT INTO taught_slots (assignment_id, instructor_id, home_path, requesting_path, month, hours, released, lent)
        SELECT gen_random_uuid(), i.instructor_id, i.home_path, CASE WHEN random() < 0.1 THEN r.path ELSE i.home_path END,
               make_date(2090, 1 + g % 12, 1), 2.5, random() < 0.03, false
        FROM instructors i CROSS JOIN generate_series(0, 14) g JOIN numbered r ON r.n = (abs(hashtext(i.instructor_id::text)) + g) % r.total;
        UPDATE taught_slots SET lent = array_to_string((string_to_array(home_path, '.'))[1:2], '.')
                                     <> array_to_string((string_to_array(requesting_path, '.'))[1:2], '.');
        INSERT INTO stale_cells (model, key, version) SELECT DISTINCT 'instructor_use', instructor_id, 1 FROM taught_slots;
        INSERT INTO instructor_ratings (rating_id, instructor_id, score, respondents)
        SELECT gen_random_uuid(), instructor_id, 60 + random() * 40, 30 FROM instructors, generate_series(1, 3);
        INSERT INTO instructor_rating_totals (instructor_id, score_sum, ratings) SELECT instructor_id, sum(score), count(*) FROM instructor_ratings GROUP BY 1;

        INSERT INTO sites (site_id, owner_path, name, kind, capacity, retired, weekly_hours, version)
        SELECT md5('site' || g)::uuid, s.path, '场地' || g, (ARRAY['Classroom', 'PracticeStation', 'CultureStation', 'RemoteTerminal'])[1 + g % 4], 60,
               false, ARRAY[8, 8, 8, 8, 8, 4, 0]::float8[], 1
        FROM generate_series(0, 1099) g JOIN numbered s ON s.n = g % s.total;
        INSERT INTO site_bookings (booking_id, site_id, owner_path, month, hours, audience, booked, cancelled)
        SELECT gen_random_uuid(), site_id, owner_path, make_date(2090, 1 + g % 12, 1), 2, 40, true, random() < 0.05
        FROM sites CROSS JOIN generate_series(0, 19) g;
        INSERT INTO stale_cells (model, key, version) SELECT DISTINCT 'site_use', site_id, 1 FROM site_bookings;

        INSERT INTO outreach_requests (outreach_request_id, township_id, township_path, month, requested_at, approved_at, scheduled_at, delivered_at,
                                       declined_at, withdrawn_at, attendance, delivered_hours)
        SELECT gen_random_uuid(), s.id, s.path, make_date(2090, 1 + g, 1), t, t + interval '20 hours', t + interval '21 hours', t + interval '9 days',
               NULL, NULL, 50, 2.5
        FROM schools s CROSS JOIN generate_series(0, 10) g CROSS JOIN LATERAL (SELECT make_timestamptz(2090, 1 + g, 5, 9, 0, 0) AS t) x
        WHERE s.tier = 'Township';

        INSERT INTO campaigns (campaign_id, name, tier, round, finalized_at) VALUES ('00000000-0000-0000-0000-000000002090', '2090年度乡镇党校办学质量评估', 'Township', 1, now());
        INSERT INTO campaign_results (campaign_id, school_id, round, school_path, total, grade, rank, vetoed)
        SELECT '00000000-0000-0000-0000-000000002090', id, 1, path, 60 + (random() * 40)::numeric(7, 2), 'Good', row_number() OVER (), false
        FROM schools WHERE tier = 'Township';
        INSERT INTO campaign_indicator_scores (campaign_id, school_id, code, round, title, weight, score)
        SELECT r.campaign_id, r.school_id, c::text, 1, '指标' || c, 15, 10 + random() * 5 FROM campaign_results r, generate_series(1, 6) c;
        INSERT INTO rectifications (rectification_id, campaign_id, school_id, school_path, indicator_code, deadline)
        SELECT gen_random_uuid(), campaign_id, school_id, school_path, '3.2', make_date(2090, 12, 31) FROM campaign_results;
        """;

    /// <summary>The year written, then vacuumed as autovacuum would have over the year (the visibility map lets index-only scans skip the heap).</summary>
    public static async Task WriteAsync(string connectionString)
    {
        await TestInfrastructure.ExecuteAsync(connectionString, Sql);
        await TestInfrastructure.ExecuteAsync(connectionString, "VACUUM ANALYZE");
    }
}
