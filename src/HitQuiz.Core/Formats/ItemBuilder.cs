using HitQuiz.Questions;

namespace HitQuiz.Formats;

/// <summary>
/// Builds one imported question: the general feedback becomes the explanation (and the source reference it ends
/// with, when written by <see cref="FeedbackText"/>), and per-answer feedback is added to the explanation, so the
/// learner still reads why an option is wrong.
/// </summary>
internal sealed class ItemBuilder(ImportSink sink, string? title, string? topic, int first, int last)
{
    private readonly List<string> _feedback = [];

    public string? General { get; set; }

    /// <summary>The file asks for the options in the order written.</summary>
    public bool KeepsOrder { get; init; }

    public string? Title => title;

    public void Feedback(string label, string? feedback)
    {
        if (feedback is { Length: > 0 })
        {
            _feedback.Add($"\"{label}\": {feedback}");
        }
    }

    public void Emit(QuestionKind kind, string stem, IReadOnlyList<string> options, IReadOnlyList<string> answers, IReadOnlyList<string>? choices = null, string? idTitle = null)
    {
        var (why, source) = FeedbackText.Read(General);
        var parts = (why is null ? _feedback : _feedback.Prepend(why)).ToList();
        var question = new Question(sink.Ids.Next(idTitle ?? title, stem), kind, stem, options, answers)
        {
            Choices = choices ?? [],
            Topic = topic,
            Source = source,
            Explanation = parts.Count == 0 ? null : string.Join(" ", parts),
        };
        sink.Add(question, title, first, last, KeepsOrder);
    }

    /// <summary>Multiple choice, or multiple response when several options have a positive weight.</summary>
    public void EmitChoices(string stem, IReadOnlyList<(string Text, double Weight)> options, int line)
    {
        var keys = options.Where(o => o.Weight > 0).ToList();
        var kind = keys.Count > 1 ? QuestionKind.MultipleResponse : QuestionKind.MultipleChoice;
        if (!Weights.Clean(keys.Select(k => k.Weight).ToList()))
        {
            var weights = string.Join(", ", keys.Select(k => k.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture) + "%"));
            sink.Warning(line, $"{ImportSink.Label(kind.Name(), title, stem)}: the weights {weights} do not map cleanly to right and wrong; every option with a positive weight is taken as correct.");
        }

        Emit(kind, stem, options.Select(o => o.Text).ToList(), keys.Select(k => k.Text).ToList());
    }
}
