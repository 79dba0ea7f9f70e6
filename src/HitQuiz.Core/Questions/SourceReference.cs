namespace HitQuiz.Questions;

/// <summary>
/// Where a question's answer is supported: a document (path relative to the questions folder), a section title,
/// optionally a line inside that section and the evidence sentence.
/// </summary>
public sealed record SourceReference(string Document, string Section, int? Line = null, string? Evidence = null)
{
    /// <summary>Where the <c>Source:</c> field was written, when read from a file; checks report there.</summary>
    public FileLocation? Origin { get; init; }

    /// <summary>Where the <c>Evidence:</c> field was written, when read from a file.</summary>
    public FileLocation? EvidenceOrigin { get; init; }
}
