using HitQuiz.Questions;
using HitQuiz.Scheduling;
using HitQuiz.Sessions;

namespace HitQuiz.Study;

/// <summary>
/// The verdict on one exam item. An unanswered item is scored wrong; its <see cref="Record"/> has no options
/// chosen (an empty <see cref="AnswerRecord.Chosen"/>, which no real answer has) and its <see cref="Grade"/>
/// is null: not reaching an item is no evidence of having forgotten it, so it is stored but not scheduled.
/// </summary>
public sealed record ExamItemResult(int Number, Question Question, Response? Response, bool Correct, AnswerRecord Record)
{
    public bool Answered => Response is not null;

    /// <summary>The grade to feed the scheduler; null for an unanswered item.</summary>
    public Grade? Grade => Answered ? Grading.GradeFor(Correct, null) : null;
}
