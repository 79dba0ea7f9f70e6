using HitQuiz.Tui;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.Time;
using Terminal.Gui.Views;

namespace HitQuiz.Tests.Tui;

/// <summary>
/// A headless Terminal.Gui application showing the trainer's main window, driven by injected keys; the screen is
/// read back as text. <paramref name="setUp"/> fills the window before the first frame.
/// </summary>
internal sealed class HeadlessApp : IDisposable
{
    private readonly IApplication _app;
    private readonly SessionToken _token;

    public HeadlessApp(int width, int height, Action<IApplication, Window> setUp)
    {
        _app = Application.Create(new VirtualTimeProvider());
        _app.Init(DriverRegistry.Names.ANSI);
        _app.Driver!.SetScreenSize(width, height);
        Window = TuiLauncher.CreateWindow();
        setUp(_app, Window);
        _token = _app.Begin(Window)!;
        _app.LayoutAndDraw();
    }

    public Window Window { get; }

    public string Text => _app.Driver!.ToString()!;

    public void Press(params Key[] keys)
    {
        foreach (var key in keys)
        {
            _app.InjectKey(key);
            _app.LayoutAndDraw();
        }
    }

    public void Type(string text) => Press([.. text.Select(c => new Key(c))]);

    public void Redraw() => _app.LayoutAndDraw();

    public void Resize(int width, int height)
    {
        _app.Driver!.SetScreenSize(width, height);
        _app.LayoutAndDraw();
    }

    public void Dispose()
    {
        _app.End(_token);
        Window.Dispose();
        _app.Dispose();
    }
}
