using Terminal.Gui.Input;

namespace HitQuiz.Tui;

/// <summary>The keys and how the trainer works; any of Esc, Enter, F1 or Q goes back.</summary>
internal sealed class HelpScreen(Action back) : Screen
{
    private const string HelpText = """
        Keys
          1-9, A-D      answer (multiple response: toggle, then Enter)
          ↑ ↓  Enter    move between options and choose
          Space         toggle an option (multiple response)
          A, B, C …     matching: give each numbered item a letter, in order;
                        Backspace takes the last one back, Enter submits
          type          fill in the blank or a number, then Enter
          Enter, →      next question after the explanation
          G / E         after a right answer: it was a guess / it was easy
          ↑ ↓ PgUp PgDn scroll a long explanation
          Q, Esc        end the session (its summary is shown) / quit from the menu
          Exam          ← → previous/next · F flag · G grid · S submit
          Ctrl+C        quit at once (answers already given are saved)
          F1            this help

        How it works
          Practice asks what is due for review first (FSRS-6 spaced repetition), then
          new questions, mixing sections. Review, topic, exam and cram modes are on
          the menu; S shows your statistics.
          Every answer is saved before its verdict is shown. After each answer you see
          why, and the section of the source document it comes from, with the
          supporting sentence highlighted.

        Plain mode (screen readers, scripts): hitquiz practice --plain
        Check question files:                 hitquiz check
        """;

    public override IReadOnlyList<(string Key, string Action)> Hints => [("Esc/Enter", "Back")];

    protected override IEnumerable<StyledLine> Compose(int width)
    {
        yield return StyledLine.Of("Help", LineStyle.Title);
        foreach (var line in HelpText.Split('\n'))
        {
            foreach (var wrapped in StyledLine.Wrapped(line, width, LineStyle.Normal, "      "))
            {
                yield return wrapped;
            }
        }
    }

    protected override bool HandleKey(Key key)
    {
        if (key != Key.Esc && key != Key.Enter && key != Key.F1 && key != Key.Q && key != Key.Q.WithShift)
        {
            return false;
        }

        back();
        return true;
    }
}
