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

        // Every question of a bank is keyed as it is read, so this is one pass with no call per ASCII character.
        var hash = 2166136261u;
        foreach (var c in evidence)
        {
            var folded = c < 0x80
                ? c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : '\0'
                : char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';
            if (folded != '\0')
            {
                hash = (hash ^ folded) * 16777619u;
            }
        }

        return hash == 0 ? 1 : unchecked((int)hash);
    }
}
