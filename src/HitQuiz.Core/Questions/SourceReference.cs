namespace HitQuiz.Questions;

/// <summary>
/// Where a question's answer is supported: a document (path relative to the questions folder), a section title,
/// optionally a line inside that section and the evidence sentence.
/// </summary>
public sealed record SourceReference(string Document, string Section, int? Line = null, string? Evidence = null);
