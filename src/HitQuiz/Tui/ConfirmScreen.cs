using Terminal.Gui.Input;

namespace HitQuiz.Tui;

/// <summary>
/// A yes/no question: Y confirms, N or Esc goes back. Enter confirms only when <paramref name="enterConfirms"/>;
/// otherwise No is the default and Enter goes back, so a reflex Enter never does what cannot be undone.
/// </summary>
internal sealed class ConfirmScreen(string title, string message, Action yes, Action no, bool enterConfirms = true) : Screen
{
    public override IReadOnlyList<(string Key, string Action)> Hints =>
        enterConfirms ? [("Y/Enter", "Yes"), ("N/Esc", "No")] : [("Y", "Yes"), ("N/Esc/Enter", "No")];

    protected override IEnumerable<StyledLine> Compose(int width) =>
        new[] { StyledLine.Of(title, LineStyle.Title), StyledLine.Blank }
            .Concat(StyledLine.Wrapped(message, width))
            .Append(StyledLine.Blank)
            .Append(StyledLine.Of(enterConfirms ? "Y yes · N no" : "Y yes · N no (Enter: no)", LineStyle.Dim));

    protected override bool HandleKey(Key key)
    {
        if (key == Key.Y || key == Key.Y.WithShift || (key == Key.Enter && enterConfirms))
        {
            yes();
        }
        else if (key == Key.N || key == Key.N.WithShift || key == Key.Esc || key == Key.Enter)
        {
            no();
        }
        else
        {
            return false;
        }

        return true;
    }
}
