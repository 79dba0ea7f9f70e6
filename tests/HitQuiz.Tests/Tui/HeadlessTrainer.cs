using HitQuiz.Questions;
using HitQuiz.Sessions;
using HitQuiz.Sources;
using HitQuiz.Storage;
using HitQuiz.Tui;
using Microsoft.Extensions.Time.Testing;
using Terminal.Gui.Input;

namespace HitQuiz.Tests.Tui;

/// <summary>The real trainer in a headless Terminal.Gui application, driven by injected keys.</summary>
internal sealed class HeadlessTrainer : IDisposable
{
    private readonly HeadlessApp _app;

    public HeadlessTrainer(IReadOnlyList<Question> bank, int width = 80, int height = 25, QuizStore? store = null, IReadOnlyList<string>? notices = null)
    {
        Store = store ?? QuizStore.OpenInMemory();
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
        var context = new StudyContext(Store, "ana", bank, Explain, notices ?? [], Clock, new Random(1), 10);
        Trainer trainer = null!;
        _app = new HeadlessApp(width, height, (app, window) =>
        {
            trainer = new Trainer(context, window);
            TuiLauncher.AttachGlobalKeys(app, trainer);
            trainer.ShowMenu();
        });
        Trainer = trainer;
    }

    public QuizStore Store { get; }

    public FakeTimeProvider Clock { get; }

    public Trainer Trainer { get; }

    public bool StopRequested => _app.Window.StopRequested;

    public string Screen => _app.Text;

    public static AnswerExplanation Explain(Question question) => new(
        question.Explanation,
        new SourcePassage("sources/doc.txt", question.SectionName, 40, 44, "First sentence. The evidence sentence. Last one.", [new TextSpan(16, 22)]));

    public void Press(params Key[] keys) => _app.Press(keys);

    public void Type(string text) => _app.Type(text);

    public void Tick()
    {
        Trainer.Tick();
        _app.Redraw();
    }

    public void Resize(int width, int height) => _app.Resize(width, height);

    public void Dispose() => _app.Dispose();
}
