using HitQuiz.Questions;
using HitQuiz.Sessions;
using HitQuiz.Sources;
using HitQuiz.Storage;
using HitQuiz.Tui;
using Microsoft.Extensions.Time.Testing;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.Time;
using Terminal.Gui.Views;

namespace HitQuiz.Tests.Tui;

/// <summary>The real trainer in a headless Terminal.Gui application, driven by injected keys.</summary>
internal sealed class HeadlessTrainer : IDisposable
{
    private readonly IApplication _app;
    private readonly Window _window;
    private readonly SessionToken _token;

    public HeadlessTrainer(IReadOnlyList<Question> bank, int width = 80, int height = 25, QuizStore? store = null, IReadOnlyList<string>? notices = null)
    {
        Store = store ?? QuizStore.OpenInMemory();
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
        var context = new StudyContext(Store, "ana", bank, Explain, notices ?? [], Clock, new Random(1), 10);
        _app = Application.Create(new VirtualTimeProvider());
        _app.Init(DriverRegistry.Names.ANSI);
        _app.Driver!.SetScreenSize(width, height);
        _window = TuiLauncher.CreateWindow();
        Trainer = new Trainer(context, _window);
        TuiLauncher.AttachGlobalKeys(_app, Trainer);
        Trainer.ShowMenu();
        _token = _app.Begin(_window)!;
        _app.LayoutAndDraw();
    }

    public QuizStore Store { get; }

    public FakeTimeProvider Clock { get; }

    public Trainer Trainer { get; }

    public bool StopRequested => _window.StopRequested;

    public string Screen => _app.Driver!.ToString()!;

    public static AnswerExplanation Explain(Question question) => new(
        question.Explanation,
        new SourcePassage("sources/doc.txt", question.SectionName, 40, 44, "First sentence. The evidence sentence. Last one.", [new TextSpan(16, 22)]));

    public void Press(params Key[] keys)
    {
        foreach (var key in keys)
        {
            _app.InjectKey(key);
            _app.LayoutAndDraw();
        }
    }

    public void Type(string text)
    {
        foreach (var c in text)
        {
            _app.InjectKey(new Key(c));
        }

        _app.LayoutAndDraw();
    }

    public void Tick()
    {
        Trainer.Tick();
        _app.LayoutAndDraw();
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
