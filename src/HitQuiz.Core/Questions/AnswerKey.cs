namespace HitQuiz.Questions;

/// <summary>The correct answer of a question as one line of text, for verdicts in the text UI and plain mode.</summary>
public static class AnswerKey
{
    /// <param name="numberFormat">How an option's 1-based number is shown before it, like "{0})".</param>
    public static string Describe(Question question, string numberFormat = "{0})") => question.Kind switch
    {
        QuestionKind.Cloze => string.Join(" / ", question.Answers),
        QuestionKind.Numerical => string.Join(" / ", question.Answers.Select(Numeric)),
        // "True" says it all; "1 True" reads as if the number were part of the answer.
        QuestionKind.TrueFalse => string.Join("; ", AnswerChecker.KeyIndices(question).Select(i => question.Options[i])),
        QuestionKind.Matching => string.Join("; ", question.Options.Select((left, i) =>
            $"{left} → {Letter(question.Choices, question.Answers[i])}) {question.Answers[i]}")),
        _ => string.Join("; ", AnswerChecker.KeyIndices(question).Select(i =>
            string.Format(System.Globalization.CultureInfo.InvariantCulture, numberFormat, i + 1) + " " + question.Options[i])),
    };

    /// <summary>The letter of a choice of a matching question: A for the first.</summary>
    public static char Letter(int index) => (char)('A' + index);

    private static char Letter(IReadOnlyList<string> choices, string choice) => Letter(Math.Max(0, IndexOf(choices, choice)));

    private static int IndexOf(IReadOnlyList<string> choices, string choice)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            if (choices[i] == choice)
            {
                return i;
            }
        }

        return -1;
    }

    // "1822:2" reads better as "1822 (±2)" and "1..5" as "1 to 5".
    private static string Numeric(string answer)
    {
        var range = answer.IndexOf("..", StringComparison.Ordinal);
        if (range > 0)
        {
            return $"{answer[..range]} to {answer[(range + 2)..]}";
        }

        var colon = answer.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && answer[(colon + 1)..].Trim() is var tolerance && tolerance != "0" ? $"{answer[..colon]} (±{tolerance})" : answer.Split(':')[0];
    }
}
