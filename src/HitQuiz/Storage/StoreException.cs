namespace HitQuiz.Storage;

/// <summary>A storage failure the learner can act on; the message is one line meant to be shown as is.</summary>
public sealed class StoreException : Exception
{
    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StoreException()
    {
    }
}
