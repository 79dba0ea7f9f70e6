namespace HitQuiz.Generation;

/// <summary>
/// A bullet list of a source: the sentence that leads into it ("… may:"), if any, its items and where it is.
/// The evidence is the lead-in and the items as they stand in the text, so it can be found in the section.
/// </summary>
internal sealed record SourceList(SourceSentence? LeadIn, string Section, IReadOnlyList<string> Items, int FirstLine, int LastLine)
{
    /// <summary>The lead-in sentence, or the section title when the list has none.</summary>
    public string Name => LeadIn?.Text ?? Section;

    public Evidence Evidence => new(Section, LeadIn?.Line ?? FirstLine, LastLine, $"{(LeadIn is null ? "" : LeadIn.Text + " ")}{string.Join(' ', Items)}");
}
