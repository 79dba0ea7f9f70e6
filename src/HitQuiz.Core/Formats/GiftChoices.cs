namespace HitQuiz.Formats;

/// <summary>
/// GIFT choice blocks: "{=right ~wrong}" is multiple choice; weighted answers ("~%50%a ~%50%b ~%-100%c") make every
/// option with a positive weight a key, multiple response when there are several. Weights that are not an even
/// split of 100 are reported, since the trainer grades all-or-nothing.
/// </summary>
internal static class GiftChoices
{
    public static void Read(GiftBlockReader reader, List<GiftAnswer> answers)
    {
        foreach (var answer in answers)
        {
            reader.Feedback(answer.Text, answer.Feedback);
        }

        reader.Builder.EmitChoices(reader.Item.BlankStem, answers.Select(a => (a.Text, a.Weight)).ToList(), reader.Line);
    }
}
