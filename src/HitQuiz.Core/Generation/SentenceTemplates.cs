using HitQuiz.Questions;

namespace HitQuiz.Generation;

/// <summary>
/// Questions over single sentences: a number blanked (typed, or chosen among same-unit numbers), an example blanked
/// out of an open list, a definition or a denied requirement as true/false.
/// </summary>
internal static class SentenceTemplates
{
    public static IEnumerable<Candidate> Create(GenerationContext context) =>
        InOrder.SelectMany(context.AskableFacts, fact => For(context, fact));

    private static IEnumerable<Candidate> For(GenerationContext context, Fact fact) => fact.Kind switch
    {
        FactKind.Quantity => Number(context, fact),
        FactKind.OpenList => Example(context, fact),
        FactKind.Definition => Definition(fact),
        FactKind.Negation => [new Candidate("requirement-tf", fact, QuestionKind.TrueFalse, fact.Value, ["False"], fact.Evidence) { Priority = 50 }],
        _ => [],
    };

    private static IEnumerable<Candidate> Number(GenerationContext context, Fact fact)
    {
        var q = fact.Quantity!;
        var start = q.Start + (q.Text.Length - q.Bare.Length);
        // "a 4-year bachelor's degree": only the number is blanked, so the stem still says what is asked.
        var unitBesideBlank = q.Unit == QuantityUnit.Years && q.Bare.Contains('-', StringComparison.Ordinal);
        var stem = Blank.At(fact.Evidence.Text, start, unitBesideBlank ? q.Bare.IndexOf('-', StringComparison.Ordinal) : q.Bare.Length);
        var related = context.Report.Related(fact.Evidence, q);
        var trueValues = related.Select(o => o.Text).Append(q.Bare).ToList();
        if (q.Unit == QuantityUnit.Money)
        {
            var wrong = Distractors.Numeric(q, StableId.Seed(new FactKey(fact)), context.QuantitiesIn(fact.Evidence, q.Unit), related, context.Report.BannedValuesFor(fact.Evidence));
            yield return new Candidate("number-mc", fact, QuestionKind.MultipleChoice, $"Which figure completes the sentence? {stem}",
                [q.Bare], fact.Evidence) { Distractors = wrong, TrueValues = trueValues, Priority = 45 - Math.Min(q.Start / 20, 10) };
            yield break;
        }

        var answers = (q with { Hedge = null, Text = q.Bare }).AcceptedAnswers();
        if (unitBesideBlank)
        {
            answers = [.. answers.Where(a => a.All(char.IsDigit)), .. NumberWord(q.Value), .. answers.Where(a => !a.All(char.IsDigit))];
        }

        yield return new Candidate("number-cloze", fact, QuestionKind.Cloze, stem, answers, fact.Evidence)
        { TrueValues = trueValues, Priority = 45 - Math.Min(q.Start / 20, 10) };
    }

    private static IEnumerable<Candidate> Example(GenerationContext context, Fact fact)
    {
        var eligible = fact.Members
            .Where(m => m.Split(' ').Length <= 3 && m.All(c => char.IsLetter(c) || c is ' ' or '-'))
            .Where(m => !context.IsAcronym(m))
            .ToList();
        if (eligible.Count == 0)
        {
            yield break;
        }

        var member = eligible[StableId.Seed(new FactKey(fact)) % eligible.Count];
        var at = fact.Evidence.Text.IndexOf(member, StringComparison.Ordinal);
        if (at < 0)
        {
            yield break;
        }

        // "such as prisons." restates one example as a true statement; "a combination of X" would not read as one.
        foreach (var other in fact.Value is "such as" or "like" or "including" ? eligible.Where(m => m != member).Take(1) : [])
        {
            var listStart = fact.Evidence.Text.IndexOf(fact.Members[0], StringComparison.Ordinal);
            var listEnd = fact.Evidence.Text.IndexOf(fact.Members[^1], StringComparison.Ordinal) + fact.Members[^1].Length;
            if (listStart >= 0 && listEnd > listStart)
            {
                var tail = fact.Evidence.Text[listEnd..].Replace(", and more", "", StringComparison.Ordinal).Replace(" and more", "", StringComparison.Ordinal);
                yield return new Candidate("example-tf", new FactKey(fact, other), QuestionKind.TrueFalse,
                    fact.Evidence.Text[..listStart] + other + tail, ["True"], fact.Evidence) { Priority = 20, Distinctive = other };
            }
        }

        yield return new Candidate("example-cloze", fact, QuestionKind.Cloze, Blank.At(fact.Evidence.Text, at, member.Length),
            [member], fact.Evidence) { TrueValues = fact.Members, Priority = 30 };
    }

    private static IEnumerable<Candidate> Definition(Fact fact)
    {
        yield return new Candidate("definition-tf", fact, QuestionKind.TrueFalse, $"{fact.Subject} {fact.Value}.", ["True"], fact.Evidence)
        { Priority = 25 };
        var words = fact.Value.Split(' ');
        var last = words[^1];
        if (words[0] == "are" && words.Length >= 3 && !fact.Value.Contains(" than ", StringComparison.Ordinal) && last.Length >= 4 && last.All(char.IsLetter))
        {
            var stem = $"{fact.Subject} {string.Join(' ', words[..^1])} {Blank.Marker}.";
            yield return new Candidate("definition-cloze", fact, QuestionKind.Cloze, stem, [last], fact.Evidence) { Priority = 25 };
        }
    }

    private static readonly string[] SmallNumbers =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    private static IEnumerable<string> NumberWord(decimal value) =>
        value >= 0 && value < SmallNumbers.Length && value == decimal.Truncate(value) ? [SmallNumbers[(int)value]] : [];
}
