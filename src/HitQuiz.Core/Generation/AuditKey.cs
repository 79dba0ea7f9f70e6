namespace HitQuiz.Generation;

/// <summary>A key as the audit looks for it in other stems: padded normalised text, or a number with its unit.</summary>
internal readonly record struct AuditKey(string? Text, (decimal Value, QuantityUnit Unit)? Number);
