namespace HitQuiz.Questions;

/// <summary>The kinds of question; the file and JSON names are in <see cref="QuestionKinds"/>.</summary>
public enum QuestionKind
{
    /// <summary>Single-answer multiple choice (<c>mc</c>).</summary>
    MultipleChoice,

    /// <summary>Multiple response, "choose N" (<c>multi</c>).</summary>
    MultipleResponse,

    /// <summary>True/false (<c>tf</c>); options are always "True" and "False".</summary>
    TrueFalse,

    /// <summary>Typed answer with accepted alternatives (<c>cloze</c>); no options.</summary>
    Cloze,

    /// <summary>"Which is NOT listed" over a closed list (<c>not</c>); one answer, the option that is not listed.</summary>
    NotListed,

    /// <summary>
    /// Matching (<c>match</c>): <see cref="Question.Options"/> are the left items, <see cref="Question.Answers"/> the
    /// right item for each left item in order, and <see cref="Question.Choices"/> the right items offered.
    /// </summary>
    Matching,

    /// <summary>Typed number (<c>num</c>); <see cref="Question.Answers"/> are accepted values, see <see cref="NumericAnswer"/>.</summary>
    Numerical,
}
