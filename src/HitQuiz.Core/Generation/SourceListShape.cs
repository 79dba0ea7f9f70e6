namespace HitQuiz.Generation;

/// <summary>The parts of a list that decide how its questions are worded.</summary>
internal sealed record SourceListShape(IReadOnlyList<string> Items, bool LeadInEndsWithModal, string Context);
