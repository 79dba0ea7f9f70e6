namespace HitQuiz.Questions;

/// <summary>What a bank's planner, exam and statistics read of a question, known without unpacking it.</summary>
public readonly record struct QuestionSummary(
    string Id, QuestionKind Kind, int OptionCount, QuestionStatus Status, string SectionName, string? Topic, string? SourceSection)
{
    public static QuestionSummary Of(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return new(question.Id, question.Kind, question.Options.Count, question.Status, question.SectionName, question.Topic, question.Source?.Section);
    }

    /// <summary>The summary of the question at <paramref name="position"/> of any bank, unpacking it only if it must.</summary>
    public static QuestionSummary At(IReadOnlyList<Question> bank, int position)
    {
        ArgumentNullException.ThrowIfNull(bank);
        return bank is PackedQuestions packed ? packed.SummaryAt(position) : Of(bank[position]);
    }
}
