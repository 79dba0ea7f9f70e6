namespace HitQuiz.Generation;

/// <summary>The blank of a generated cloze stem (as learners see it). Replaces a span of a sentence with a blank, neutralising an article before it ("a ____" → "a(n) ____").</summary>
public static class Blank
{
    public const string Marker = "_____";

    public static string At(string sentence, int start, int length)
    {
        var before = sentence[..start];
        if (before.EndsWith(" a ", StringComparison.Ordinal) || before.EndsWith(" an ", StringComparison.Ordinal))
        {
            before = before[..before.TrimEnd().LastIndexOf(' ')] + " a(n) ";
        }

        return before + Marker + sentence[(start + length)..];
    }
}
