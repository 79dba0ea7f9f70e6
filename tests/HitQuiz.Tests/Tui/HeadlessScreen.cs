using HitQuiz.Tui;
using Terminal.Gui.Input;

namespace HitQuiz.Tests.Tui;

/// <summary>One screen in the trainer's window in a headless Terminal.Gui application, driven by injected keys.</summary>
internal sealed class HeadlessScreen(Screen screen, int width = 80, int height = 24) : IDisposable
{
    private readonly HeadlessApp _app = new(width, height, (_, window) =>
    {
        window.Add(screen);
        screen.SetFocus();
    });

    public string Text => _app.Text;

    public void Press(params Key[] keys) => _app.Press(keys);

    public void Resize(int width, int height) => _app.Resize(width, height);

    public void Dispose() => _app.Dispose();
}
