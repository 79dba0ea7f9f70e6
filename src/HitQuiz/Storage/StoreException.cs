namespace HitQuiz.Storage;

/// <summary>A storage failure with a one-line message meant for the learner.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
