namespace HitQuiz.Questions;

/// <summary>
/// A key for a question's evidence sentence, made of its letters and digits only, so that sentences differing in
/// case, spacing and punctuation share it: questions that may cite the same sentence are found by it without
/// unpacking them, then compared in full. 0 when the question cites no evidence.
/// </summary>
public static class EvidenceKey
{
    public static int Of(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (question.Source?.Evidence is not { Length: > 0 } evidence)
        {
            return 0;
        }

        var hash = default(HashCode);
        foreach (var c in evidence)
        {
            if (char.IsLetterOrDigit(c))
            {
                hash.Add(char.ToLowerInvariant(c));
            }
        }

        var key = hash.ToHashCode();
        return key == 0 ? 1 : key;
    }
}
