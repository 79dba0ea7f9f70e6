using HitQuiz.Tui;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.Time;
using Terminal.Gui.Views;

namespace HitQuiz.Tests.Tui;

/// <summary>One screen in the trainer's window in a headless Terminal.Gui application, driven by injected keys.</summary>
internal sealed class HeadlessScreen : IDisposable
{
    private readonly IApplication _app;
    private readonly Window _window;
    private readonly SessionToken _token;

    public HeadlessScreen(Screen screen, int width = 80, int height = 24)
    {
        _app = Application.Create(new VirtualTimeProvider());
        _app.Init(DriverRegistry.Names.ANSI);
        _app.Driver!.SetScreenSize(width, height);
        _window = TuiLauncher.CreateWindow();
        _window.Add(screen);
        screen.SetFocus();
        _token = _app.Begin(_window)!;
        _app.LayoutAndDraw();
    }

    public string Text => _app.Driver!.ToString()!;

    public void Press(params Key[] keys)
    {
        foreach (var key in keys)
        {
            _app.InjectKey(key);
            _app.LayoutAndDraw();
        }
    }

    public void Resize(int width, int height)
    {
        _app.Driver!.SetScreenSize(width, height);
        _app.LayoutAndDraw();
    }

    public void Dispose()
    {
        _app.End(_token);
        _window.Dispose();
        _app.Dispose();
    }
}
