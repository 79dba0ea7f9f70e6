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
}
