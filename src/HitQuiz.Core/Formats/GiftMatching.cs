using HitQuiz.Questions;

namespace HitQuiz.Formats;

/// <summary>GIFT matching blocks: "{=Canada -> Ottawa =Italy -> Rome}"; "= -> Paris" adds a choice that matches nothing.</summary>
internal static class GiftMatching
{
    public static void Read(GiftBlockReader reader, List<GiftAnswer> answers)
    {
        var lefts = new List<string>();
        var rights = new List<string>();
        var extras = new List<string>();
        foreach (var answer in answers)
        {
            var arrow = GiftText.Find(answer.Raw, "->");
            if (arrow < 0)
            {
                reader.Sink.Error(reader.Line, $"{reader.Label("matching")} has \"={answer.Raw}\" without \"->\"; every pair is written \"=left -> right\"; skipped.");
                return;
            }

            var left = Plain(answer.Raw[..arrow]);
            var right = Plain(answer.Raw[(arrow + 2)..]);
            (left.Length == 0 ? extras : rights).Add(right);
            if (left.Length > 0)
            {
                lefts.Add(left);
            }

            reader.Feedback(left.Length == 0 ? right : left, answer.Feedback);
        }

        reader.Emit(QuestionKind.Matching, reader.Item.BlankStem, lefts, rights, MatchingChoices.Order(rights.Concat(extras)));
    }

    private static string Plain(string raw) => ImportText.Plain(GiftText.Unescape(raw), html: false);
}
