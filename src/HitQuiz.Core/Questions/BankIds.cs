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
            yield return (i, bank.IdAt(i));
        }
    }

    /// <summary>The id of the question at <paramref name="position"/>, read without unpacking when the bank is packed.</summary>
    public static string IdAt(this IReadOnlyList<Question> bank, int position)
    {
        ArgumentNullException.ThrowIfNull(bank);
        return bank is PackedQuestions packed ? packed.IdAt(position) : bank[position].Id;
    }
}
