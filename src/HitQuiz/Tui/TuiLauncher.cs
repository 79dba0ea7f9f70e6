using HitQuiz.Study;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace HitQuiz.Tui;

/// <summary>
/// Starts the text UI. Kept apart from Program so that verbs which need no UI never load Terminal.Gui.
/// </summary>
internal static class TuiLauncher
{
    /// <summary>Runs until the learner quits, then prints a one-line farewell once the terminal is restored.</summary>
    public static int Run(StudyContext context, StudyRequest? start, TextWriter output)
    {
        string farewell;
        using (var app = Application.Create())
        {
            app.Init();
            using var window = CreateWindow();
            var trainer = new Trainer(context, window);
            AttachGlobalKeys(app, trainer);
            trainer.ShowMenu();
            if (start is not null)
            {
                trainer.Begin(start);
            }

            app.AddTimeout(TimeSpan.FromSeconds(1), () =>
            {
                trainer.Tick();
                return true;
            });
            app.Run(window);
            trainer.Close();
            farewell = trainer.Farewell();
        }

        // Written after the app is disposed: anything printed while it runs is lost when the screen is restored.
        output.WriteLine(farewell);
        return 0;
    }

    internal static Window CreateWindow() => new() { Title = "HitQuiz" };

    /// <summary>Keys that work on every screen: F1 help and Ctrl+C quit (raw mode does not quit on Ctrl+C).</summary>
    internal static void AttachGlobalKeys(IApplication app, Trainer trainer) =>
        app.Keyboard.KeyDown += (_, key) =>
        {
            if (key == Key.C.WithCtrl)
            {
                trainer.Quit();
                key.Handled = true;
            }
            else if (key == Key.F1)
            {
                trainer.ShowHelp();
                key.Handled = true;
            }
        };
}
