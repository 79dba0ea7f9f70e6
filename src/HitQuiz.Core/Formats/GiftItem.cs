namespace HitQuiz.Formats;

/// <summary>
/// A GIFT item split into its parts: the text before the answer block, the whole text with "_____" where the block
/// was (the same as <see cref="Before"/> unless text follows the block), and the block's raw body.
/// </summary>
internal sealed record GiftItem(string? Title, string Before, string BlankStem, bool HasAfter, string Body, string? Topic, int First, int Last)
{
    /// <summary>True for an item in [html] format.</summary>
    public bool Html { get; init; }
}
