using Terminal.Gui.Input;

namespace HitQuiz.Tui;

/// <summary>The keys and how the trainer works; any of Esc, Enter, F1 or Q goes back.</summary>
internal sealed class HelpScreen(Action back) : Screen
{
    // Each key with what it does; a description too long for the screen continues under itself.
    private static readonly (string Key, string Action)[] Keys =
    [
        ("1-9, A-D", "answer at once (A-D with up to four options; multiple response: toggle, then Enter with as many as asked for)"),
        ("T / F", "true/false: true or false"),
        ("10, 11 …", "more than nine options: type the option's number, then Enter (Space toggles in multiple response)"),
        ("↑ ↓  Enter", "move between options and choose"),
        ("Space", "toggle an option (multiple response)"),
        ("A, B, C …", "matching: give each numbered item a letter, in order; Backspace takes the last one back, Enter submits"),
        ("type", "fill in the blank, or a number (in digits or words; only a number is taken), then Enter"),
        ("Enter, →", "next question after the explanation"),
        ("G / E", "after a right answer: it was a guess / it was easy"),
        ("↑ ↓ PgUp PgDn", "scroll a long explanation"),
        ("Esc", "end the session (its summary is shown); in an exam, the review grid; quit from the menu"),
        ("Q", "the same as Esc, except while an answer is typed (Q is then a letter)"),
        ("Exam", "on every item: ← → previous/next · Ctrl+F flag · Esc grid · Ctrl+S submit; Enter with nothing given skips; "
            + "typed text is kept as the answer when you move on or time runs out"),
        ("Exam grid", "F flag · S submit · Q leave the exam (your answers are kept; it is not scored) · Esc back"),
        ("Ctrl+C", "quit at once (answers already given are saved; an exam is cut short)"),
        ("F1", "this help"),
    ];

    // Paragraphs, each wrapped whole to the screen's width.
    private static readonly string[] HowItWorks =
    [
        "Practice asks what is due for review first (FSRS-6 spaced repetition), then new questions, mixing sections. "
            + "Review, topic, exam and cram modes are on the menu; S shows your statistics.",
        "Every answer is saved before its verdict is shown. After each answer you see why, and the section of the "
            + "source document it comes from, with the supporting sentence highlighted.",
        "The menu's estimated score counts each item you have studied at its predicted recall plus a 25% guess at what "
            + "is forgotten, and each item never studied at 25% (a guess). It names the weakest sections you have started and counts those you have not (T drills one).",
    ];

    private static readonly (string What, string Command)[] Commands =
    [
        ("Plain mode (screen readers, scripts):", "hitquiz practice --plain"),
        ("Check question files:", "hitquiz check"),
    ];

    private const int KeyColumn = 14;

    public override IReadOnlyList<(string Key, string Action)> Hints => [("Esc/Enter", "Back")];

    protected override IEnumerable<StyledLine> Compose(int width)
    {
        var lines = new List<StyledLine> { StyledLine.Of("Help", LineStyle.Title), StyledLine.Of("Keys") };
        var hanging = new string(' ', 2 + KeyColumn);
        foreach (var (key, action) in Keys)
        {
            lines.AddRange(StyledLine.Wrapped($"  {key.PadRight(KeyColumn)}{action}", width, LineStyle.Normal, hanging));
        }

        lines.Add(StyledLine.Blank);
        lines.Add(StyledLine.Of("How it works"));
        for (var i = 0; i < HowItWorks.Length; i++)
        {
            lines.AddRange(StyledLine.Wrapped("  " + HowItWorks[i], width, LineStyle.Normal, "  "));
            lines.Add(StyledLine.Blank);
        }

        var column = Commands.Max(c => c.What.Length) + 1;
        lines.AddRange(Commands.SelectMany(c => StyledLine.Wrapped(c.What.PadRight(column) + c.Command, width, LineStyle.Normal, "  ")));
        return lines;
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
