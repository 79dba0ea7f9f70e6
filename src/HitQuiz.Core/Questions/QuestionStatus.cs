namespace HitQuiz.Questions;

/// <summary>Review status of a question: draft items are asked, rejected ones are removed from the bank.</summary>
public enum QuestionStatus
{
    Ok,
    Draft,
    Rejected,
}
