using Terminal.Gui.Input;

namespace HitQuiz.Tui;

/// <summary>A yes/no question: Y or Enter confirms, N or Esc goes back.</summary>
internal sealed class ConfirmScreen(string title, string message, Action yes, Action no) : Screen
{
    public override IReadOnlyList<(string Key, string Action)> Hints => [("Y/Enter", "Yes"), ("N/Esc", "No")];

    protected override IEnumerable<StyledLine> Compose(int width) =>
        new[] { StyledLine.Of(title, LineStyle.Title), StyledLine.Blank }
            .Concat(StyledLine.Wrapped(message, width))
            .Append(StyledLine.Blank)
            .Append(StyledLine.Of("Y yes · N no", LineStyle.Dim));

    protected override bool HandleKey(Key key)
    {
        if (key == Key.Y || key == Key.Y.WithShift || key == Key.Enter)
        {
            yes();
        }
        else if (key == Key.N || key == Key.N.WithShift || key == Key.Esc)
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
