namespace HitQuiz.Questions;

/// <summary>Reading a bank's ids without reading its questions.</summary>
public static class BankIds
{
    /// <summary>Each position of the bank with its question's id, read without unpacking when the bank is packed.</summary>
    public static IEnumerable<(int Position, string Id)> Ids(this IReadOnlyList<Question> bank)
    {
        ArgumentNullException.ThrowIfNull(bank);
        for (var i = 0; i < bank.Count; i++)
        {
            yield return (i, bank is PackedQuestions packed ? packed.IdAt(i) : bank[i].Id);
        }
    }
}
