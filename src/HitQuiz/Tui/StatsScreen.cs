using HitQuiz.Cli;
using HitQuiz.Questions;
using HitQuiz.Sessions;
using HitQuiz.Stats;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace HitQuiz.Tui;

/// <summary>
/// The learner's statistics: totals and streak, a chart of answered and accuracy per day, mastery per section as
/// bars, the 14-day due forecast, the study calendar, and the weakest items. ↑↓ scroll, and once the weakest items are
/// in view move between them; Enter opens the selected one's explanation (the question and its answer stay in place
/// while a long source section scrolls beneath them, opened at the highlighted sentence); Esc goes back.
/// </summary>
internal sealed class StatsScreen : Screen
{
    private const int ChartTop = 4;

    private readonly string _learner;
    private readonly LearnerStats _stats;
    private readonly Func<string, Question?> _find;
    private readonly Func<Question, AnswerExplanation> _explain;
    private readonly Action _back;
    private readonly ProgressChart _chart;
    private int _selected;
    private int _weakStart = int.MaxValue;
    private bool _follow;
    private Question? _opened;
    private string? _notice;
    private int _heading;
    private int? _evidenceLine;

    public StatsScreen(string learner, LearnerStats stats, Func<string, Question?> find, Func<Question, AnswerExplanation> explain, Action back)
    {
        (_learner, _stats, _find, _explain, _back) = (learner, stats, find, explain, back);
        _chart = new ProgressChart(stats.Daily) { Y = ChartTop };
        Add(_chart);
    }

    /// <summary>
    /// Loads the learner's statistics from the store and the bank; <paramref name="zone"/> sets where days begin,
    /// <paramref name="due"/> (the scheduled items' due times) feeds the forecast.
    /// </summary>
    public static StatsScreen For(StudyContext context, TimeZoneInfo zone, Action back, IEnumerable<DateTimeOffset>? due = null)
    {
        var index = Study.BankIndex.Of(context.Bank);
        return new StatsScreen(context.Learner, StatsLoader.Load(context, zone, due), index.Find, context.Explain, back);
    }

    public override IReadOnlyList<(string Key, string Action)> Hints =>
        [("↑↓ PgUp/PgDn", "Scroll/select"), ("Enter", "Explain item"), ("Esc", "Back")];

    protected override int? FocusLine => _opened is null && _follow ? _weakStart + _selected : null;

    protected override int PinnedLines => _opened is null ? 0 : _heading;

    protected override int? OpeningLine => _opened is null ? null : _evidenceLine;

    protected override IEnumerable<StyledLine> Compose(int width) =>
        _opened is { } question ? Explanation(question, width) : StatsLines(width);

    private List<StyledLine> Explanation(Question question, int width)
    {
        var lines = ExplanationLines.Heading(question, width);
        _heading = lines.Count;
        lines.AddRange(ExplanationLines.Body(_explain(question), width));
        var evidence = lines.FindIndex(l => l.IsHighlighted);
        _evidenceLine = evidence < 0 ? null : evidence;
        return lines;
    }

    protected override bool OnKeyDown(Key key)
    {
        var handled = base.OnKeyDown(key);
        ShowChartIfAtTop();
        return handled;
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var drawn = base.OnDrawingContent(context);

        // The scroll position is settled while drawing (clamped to the content); correct the chart on the next frame.
        if (ShowChartIfAtTop())
        {
            SetNeedsDraw();
        }

        return drawn;
    }

    /// <summary>The chart sits over blank lines at the top; once they scroll away (or an explanation opens) it hides.</summary>
    private bool ShowChartIfAtTop()
    {
        var visible = _opened is null && ScrollOffset == 0 && Viewport.Height > ChartTop + 2;
        var changed = _chart.Visible != visible;
        _chart.Visible = visible;
        return changed;
    }

    private List<StyledLine> StatsLines(int width)
    {
        var lines = new List<StyledLine>
        {
            StyledLine.Of($"Statistics · {_learner}", LineStyle.Title),
            StyledLine.Of(StatsText.Headline(_stats)),
            StyledLine.Of(StatsText.StreakLine(_stats.Streak)),
            StyledLine.Of($"Answered per day, last {_stats.Daily.Count} days: █ answers, • accuracy (top = 100%)", LineStyle.Dim),
        };
        lines.AddRange(Enumerable.Repeat(StyledLine.Blank, ProgressChart.Rows));
        Block(lines, "Mastery by section (latest answer right)", StatsText.Sections(_stats, width));
        Block(lines, "Due in the next 14 days", StatsText.Forecast(_stats));
        Block(lines, "Study calendar (weeks as columns)", StatsText.Calendar(_stats));
        Block(lines, "Weakest items (Enter explains)", _notice is null ? [] : [_notice]);
        _weakStart = lines.Count;
        if (_stats.Weakest.Count == 0)
        {
            lines.Add(StyledLine.Of("  None yet (an item needs 2 attempts and a wrong answer).", LineStyle.Dim));
        }

        for (var i = 0; i < _stats.Weakest.Count; i++)
        {
            var text = $"{(i == _selected ? "›" : " ")} {StatsText.Weak(_stats.Weakest[i], width - 2)}";
            lines.Add(StyledLine.Of(text, i == _selected ? LineStyle.Selected : LineStyle.Normal));
        }

        return lines;
    }

    private static void Block(List<StyledLine> lines, string title, IEnumerable<string> body)
    {
        lines.Add(StyledLine.Blank);
        lines.Add(StyledLine.Of(title, LineStyle.Title));
        lines.AddRange(body.Select(l => StyledLine.Of("  " + l)));
    }

    protected override bool HandleKey(Key key)
    {
        if (_opened is not null)
        {
            return CloseExplanation(key);
        }

        if (key == Key.Esc || key == Key.Q || key == Key.Q.WithShift || (key == Key.Enter && _stats.Weakest.Count == 0))
        {
            _back();
            return true;
        }

        if (key == Key.Enter)
        {
            var id = _stats.Weakest[_selected].QuestionId;
            _opened = _find(id);
            _notice = _opened is null ? $"{id} is no longer in the question bank." : null;
            if (_opened is not null)
            {
                ResetScroll();
            }
            else
            {
                _follow = true;
            }

            Redraw();
            return true;
        }

        return (key == Key.CursorDown || key == Key.CursorUp) && MoveSelection(key == Key.CursorDown ? 1 : -1);
    }

    /// <summary>Moves between the weakest items once they are in view; otherwise the key scrolls.</summary>
    private bool MoveSelection(int delta)
    {
        var inView = _weakStart >= ScrollOffset && _weakStart + _selected < ScrollOffset + Viewport.Height - 1;
        var next = _selected + delta;
        _follow = inView && next >= 0 && next < _stats.Weakest.Count;
        if (!_follow)
        {
            return false;
        }

        _selected = next;
        Redraw();
        return true;
    }

    private bool CloseExplanation(Key key)
    {
        if (key != Key.Esc && key != Key.Enter && key != Key.Backspace)
        {
            return false;
        }

        _opened = null;
        ResetScroll();
        Redraw();
        return true;
    }
}
