using System.Collections;
using HitQuiz.Questions;

namespace HitQuiz.Study;

/// <summary>Some of a bank's questions, by position, read from the bank when asked for.</summary>
public sealed class BankView(IReadOnlyList<Question> bank, IReadOnlyList<int> positions) : IReadOnlyList<Question>
{
    public IReadOnlyList<Question> Bank => bank;

    public IReadOnlyList<int> Positions => positions;

    public int Count => positions.Count;

    public Question this[int index] => bank[positions[index]];

    public IEnumerator<Question> GetEnumerator()
    {
        foreach (var position in positions)
        {
            yield return bank[position];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
