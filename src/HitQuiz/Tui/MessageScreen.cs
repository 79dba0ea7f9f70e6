using Terminal.Gui.Input;

namespace HitQuiz.Tui;

/// <summary>A short message (an empty bank, a failed save) with the way back to the menu.</summary>
internal sealed class MessageScreen(Trainer trainer, string title, string message) : Screen
{
    public override IReadOnlyList<(string Key, string Action)> Hints => [("Enter", "Menu"), ("Q", "Quit")];

    protected override IEnumerable<StyledLine> Compose(int width) =>
        new[] { StyledLine.Of(title, LineStyle.Title), StyledLine.Blank }.Concat(StyledLine.Wrapped(message, width));

    protected override bool HandleKey(Key key)
    {
        if (key == Key.Q || key == Key.Q.WithShift)
        {
            trainer.Quit();
            return true;
        }

        if (key != Key.Enter && key != Key.Esc)
        {
            return false;
        }

        trainer.ShowMenu();
        return true;
    }
}
