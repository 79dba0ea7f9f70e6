namespace HitQuiz.Generation;

/// <summary>A bullet list of a source: its lead-in ("… may:") or heading, its items and where it is.</summary>
internal sealed record SourceList(string LeadIn, string Section, IReadOnlyList<string> Items, int FirstLine, int LastLine, int LeadInLine)
{
    public Evidence Evidence => new(Section, LeadInLine, LastLine, $"{LeadIn} {string.Join("; ", Items)}");
}
