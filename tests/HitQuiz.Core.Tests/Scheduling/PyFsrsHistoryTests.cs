using System.Globalization;
using HitQuiz.Scheduling;

namespace HitQuiz.Core.Tests.Scheduling;

/// <summary>
/// Random review histories replayed through py-fsrs 6.3.1 (fuzz off) under nine scheduler settings. A history is
/// "grade letter + seconds after 2024-01-01 08:00 UTC" per review; some reviews come early, late or before the
/// previous one. The expected card is what py-fsrs's <c>review_card</c> returned after the last review.
/// </summary>
public sealed class PyFsrsHistoryTests
{
    private static readonly DateTimeOffset Base = new(2024, 1, 1, 8, 0, 0, TimeSpan.Zero);

    // The second parameter set in py-fsrs's test_custom_scheduler_args.
    private static readonly double[] AlternativeParameters =
    [
        0.1456, 0.4186, 1.1104, 4.1315, 5.2417, 1.3098, 0.8975, 0.0010, 1.5674, 0.0567, 0.9661,
        2.0275, 0.1592, 0.2446, 1.5071, 0.2272, 2.8755, 1.234, 0.56789, 0.1437, 0.2,
    ];

    [Theory]
    [InlineData(0, "A67223 G67283 G24936473 G25541273 G27182873 G31330073 H40920473 G57077273 A108351156 G108351756 G133440445 H135946045", CardState.Review, null, 38.726907369576246, 9.423363156321733, "2028-05-31T18:47:25+00:00")]
    [InlineData(0, "H51279 G57440 H58040 H58640 G65563 G151963 G326174 G756507 H1706907 E3348507 A7495707 G29684117", CardState.Review, null, 15.161072950639861, 9.309670345215444, "2024-12-24T21:35:17+00:00")]
    [InlineData(1, "A78055 H164455 A260569 E268986 G355386 G528186 G873786 G1478586 G2602295 E4589495 G9168695 H16944695", CardState.Review, null, 125.51343222343068, 8.945117139216654, "2024-11-18T10:51:35+00:00")]
    [InlineData(1, "H50035 A136435 A137035 E137635 E224035 E396835 H828835 H1520035 A13761845 H43017937 G43910344 G44860744", CardState.Review, null, 15.560178985842223, 9.809937374347305, "2025-06-19T13:19:04+00:00")]
    [InlineData(2, "A40036 H38312 A49152 G49212 A135612 A136212 H136812 G137712 G223725", CardState.Review, null, 0.027688129630880517, 9.884302615453691, "2024-01-04T22:08:45+00:00")]
    [InlineData(2, "G85432 A258232 G268868 A355268 G355868 G15650720 G15902506 A16334506 G16335106 E16425806 E16595583", CardState.Review, null, 3.83039023735253, 9.37709610408575, "2024-07-15T09:53:03+00:00")]
    [InlineData(3, "A79628 G79688 E79988 E166388 A684788 A692520 G693120", CardState.Review, null, 0.41731256800002364, 9.27069645864959, "2024-01-10T08:32:00+00:00")]
    [InlineData(3, "H44397 G44577 A44877 H44937 A27806274 G27806334 G27806634 G27810234 G27896634 H27983034 E28155834 A28501434 G28494190 G28580590", CardState.Review, null, 1.442237804751313, 9.819017724794293, "2024-11-28T03:03:10+00:00")]
    [InlineData(4, "A46750 E46810 H133210 H306010 G11762289 G14521233 E35508116 A60218516 A60650516 G60736916 H93870843 G94389243 A95166843", CardState.Review, null, 1.2793531418261015, 9.899719434707679, "2027-01-07T19:14:03+00:00")]
    [InlineData(4, "G33676 A41453 E41513 G128916 H474516 A1252116 A1338516 A1434603 H1521003 A1607403 A1693803 E1776584", CardState.Review, null, 0.1566259478309587, 9.946932708173062, "2024-01-22T21:29:44+00:00")]
    [InlineData(5, "A35299 G28239 A24716 G22224 A22824 G22884 A19342067 E27792204 E27878604", CardState.Review, null, 2.2450657289388065, 9.689312323934079, "2024-11-21T00:03:24+00:00")]
    [InlineData(5, "H21828 A22158 G22218 H22818 G23418 G108271 G194671 G23179555 G47843379 G52249779", CardState.Review, null, 81.4701933604012, 8.818333120927013, "2025-11-17T01:49:39+00:00")]
    [InlineData(6, "A13440 G33545635 A33537514 G33534225 G33534825 G34049998 H35691598", CardState.Review, null, 12.246773008971315, 9.163350424878972, "2025-03-30T10:19:58+00:00")]
    [InlineData(6, "E83555 A2494337 H2494937 G2495837 E2755037 H4742237 E10358237", CardState.Review, null, 89.78806507931306, 7.587798454923121, "2024-08-08T05:17:17+00:00")]
    [InlineData(7, "E20928 G625728 A5550528 H5551128 A5557326 G5557926 H5644326 G14457752 G18604952 E38034169 G256788511 G572148511", CardState.Review, null, 13620.661938153256, 4.377671480542099, "2052-02-15T10:08:31+00:00")]
    [InlineData(7, "E21504 G626304 H5551104 A17301504 A17302104 G17302704 G17467323 G18158523 G36677150 A76421150 G76428899 G77811299", CardState.Review, null, 41.415508796852606, 5.440400275933484, "2026-09-02T22:14:59+00:00")]
    [InlineData(8, "G81989 H19340311 A19340911 G52970481 A52976811 G52976871 A79152102 G79152162 H79152762 H79153362", CardState.Learning, 1, 0.901341645744977, 9.874862800178528, "2026-07-05T11:12:42+00:00")]
    [InlineData(8, "H53188 G55452 H56052 E19048861 A42827538 H42819245 G63275243 E63540857 E63886457", CardState.Review, null, 25.286584932909726, 8.199075386977347, "2026-01-15T18:14:17+00:00")]
    public void A_random_history_ends_where_py_fsrs_ends(
        int settings, string history, CardState state, int? step, double stability, double difficulty, string due)
    {
        var scheduler = new Scheduler(Settings(settings));

        var card = history.Split(' ').Aggregate(new Card(), (current, review) => scheduler.Review(
            current, ToGrade(review[0]), Base.AddSeconds(int.Parse(review[1..], CultureInfo.InvariantCulture))).Card);

        Assert.Equal((state, step), (card.State, card.Step));
        Assert.Equal(stability, card.Stability!.Value, 1e-9 * Math.Max(1, stability));
        Assert.Equal(difficulty, card.Difficulty!.Value, 1e-9);
        Assert.Equal(DateTimeOffset.Parse(due, CultureInfo.InvariantCulture), card.Due);
    }

    private static Grade ToGrade(char letter) => letter switch
    {
        'A' => Grade.Again,
        'H' => Grade.Hard,
        'G' => Grade.Good,
        _ => Grade.Easy,
    };

    private static SchedulerOptions Settings(int index)
    {
        var exact = new SchedulerOptions { EnableFuzzing = false };
        return index switch
        {
            1 => exact with { LearningSteps = [] },
            2 => exact with { LearningSteps = [TimeSpan.FromMinutes(1)] },
            3 => exact with { LearningSteps = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromHours(1)] },
            4 => exact with { RelearningSteps = [] },
            5 => exact with { RelearningSteps = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(30)] },
            6 => exact with { DesiredRetention = 0.8, MaximumInterval = 100 },
            7 => exact with { Parameters = AlternativeParameters, DesiredRetention = 0.85, MaximumInterval = 3650 },
            8 => exact with { DesiredRetention = 0.97 },
            _ => exact,
        };
    }
}
