using HitQuiz.Questions;
using HitQuiz.Sessions;

namespace HitQuiz.Tui;

/// <summary>
/// A question with its answer, why, and source section, read-only (opened from the weakest items): the heading (the
/// question and its answer) and then the body (why, and the source section with the evidence highlighted).
/// </summary>
internal static class ExplanationLines
{
    public static List<StyledLine> Heading(Question question, int width)
    {
        var lines = new List<StyledLine> { StyledLine.Of($"{question.Id} · {question.SectionName}", LineStyle.Dim), StyledLine.Blank };
        lines.AddRange(StyledLine.Wrapped(question.Stem, width, LineStyle.Title));
        lines.Add(StyledLine.Blank);
        var key = (question.Kind.IsTyped() ? "Accepted answer: " : "Correct answer: ") + AnswerKey.Describe(question, "{0} ");
        lines.AddRange(StyledLine.Wrapped(key, width, LineStyle.Good, "  "));
        return lines;
    }

    public static List<StyledLine> Body(AnswerExplanation explanation, int width)
    {
        var lines = new List<StyledLine>();
        if (explanation.Why is { Length: > 0 } why)
        {
            lines.Add(StyledLine.Blank);
            lines.AddRange(StyledLine.Wrapped("Why: " + why, width, LineStyle.Normal, "     "));
        }

        if (explanation.Passage is { } passage)
        {
            lines.Add(StyledLine.Blank);
            lines.Add(StyledLine.Of($"Source: {passage.SectionTitle}", LineStyle.Title));
            lines.Add(StyledLine.Of($"{passage.Document}, lines {passage.FirstLine}–{passage.LastLine}", LineStyle.Dim));
            foreach (var runs in TextWrapper.Wrap(passage.Text, width, passage.Highlights))
            {
                lines.Add(new StyledLine(runs.Select(r => (r.Text, r.Highlighted ? LineStyle.Highlight : LineStyle.Normal)).ToList()));
            }
        }

        return lines;
    }
}
