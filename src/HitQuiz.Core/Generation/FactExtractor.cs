namespace HitQuiz.Generation;

/// <summary>Extracts the typed facts of a source: table rows, lists, acronyms, numbers, definitions and negated requirements.</summary>
internal static class FactExtractor
{
    public static List<Fact> Extract(DocumentView view)
    {
        var facts = new List<Fact>();
        foreach (var row in view.Rows)
        {
            var quantity = QuantityReader.Read(row.Value).FirstOrDefault(q => q.Start <= 1 && q.Unit != QuantityUnit.Year);
            facts.Add(new Fact(FactKind.TableRow, row.Key, row.Value, row.Evidence) { Quantity = quantity, Column = row.Column });
        }

        foreach (var list in view.Lists)
        {
            var evidence = list.Evidence;
            facts.Add(new Fact(FactKind.ClosedList, list.Name, list.Section, evidence) { Members = list.Items });
            foreach (var item in list.Items)
            {
                AddAcronyms(facts, item, evidence with { Text = item });
            }
        }

        AddSentenceFacts(facts, view.Sentences);
        return Deduplicate(facts);
    }

    // Sentences are most of a document, and each is read on its own. What a sentence states depends on its text
    // alone, so a sentence the document repeats (a page's recurring lines, an article copied into another) is read
    // once, and each repeat states the same facts with its own evidence.
    private static void AddSentenceFacts(List<Fact> facts, List<SourceSentence> sentences)
    {
        var firstWithText = new Dictionary<string, int>(StringComparer.Ordinal);
        var distinct = new List<SourceSentence>();
        var reading = new int[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            if (!firstWithText.TryGetValue(sentences[i].Text, out var at))
            {
                firstWithText[sentences[i].Text] = at = distinct.Count;
                distinct.Add(sentences[i]);
            }

            reading[i] = at;
        }

        var read = InOrder.Select(distinct, SentenceFacts);
        for (var i = 0; i < sentences.Count; i++)
        {
            var stated = read[reading[i]];
            if (ReferenceEquals(distinct[reading[i]], sentences[i]))
            {
                facts.AddRange(stated);
                continue;
            }

            var evidence = sentences[i].Evidence;
            foreach (var fact in stated)
            {
                facts.Add(fact with { Evidence = evidence });
            }
        }
    }

    private static List<Fact> SentenceFacts(SourceSentence sentence)
    {
        var facts = new List<Fact>();
        AddSentenceFacts(facts, sentence);
        return facts;
    }

    private static void AddSentenceFacts(List<Fact> facts, SourceSentence sentence)
    {
        var evidence = sentence.Evidence;
        AddAcronyms(facts, sentence.Text, evidence);
        foreach (var q in QuantityReader.Read(sentence.Text).Where(q => q.Unit != QuantityUnit.Year))
        {
            facts.Add(new Fact(FactKind.Quantity, sentence.Text, q.Text, evidence) { Quantity = q });
        }

        if (InlineListReader.Read(sentence.Text) is { } list)
        {
            facts.Add(new Fact(FactKind.OpenList, sentence.Text, list.Marker, evidence) { Members = list.Members });
        }

        if (StatementReader.ReadDefinition(sentence.Text) is { } definition)
        {
            facts.Add(new Fact(FactKind.Definition, definition.Subject, definition.Definition, evidence));
        }

        if (StatementReader.ReadDeniedRequirement(sentence.Text) is { } denied)
        {
            facts.Add(new Fact(FactKind.Negation, sentence.Text, denied, evidence));
        }
    }

    private static void AddAcronyms(List<Fact> facts, string text, Evidence evidence)
    {
        foreach (var (acronym, expansion) in AcronymReader.Read(text))
        {
            facts.Add(new Fact(FactKind.Acronym, acronym, expansion, evidence) { EntityType = AcronymReader.Classify(expansion) });
        }
    }

    // An acronym defined twice keeps its first definition; other repeats are harmless but would repeat ids. Facts are
    // compared by their parts, ignoring case, without building each one's key (most facts never become a question).
    private static List<Fact> Deduplicate(List<Fact> facts)
    {
        var acronyms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<(FactKind, string, string, int)>(SamePlace.Instance);
        return facts.Where(f => f.Kind == FactKind.Acronym
            ? acronyms.Add(f.Subject.TrimEnd('s'))
            : seen.Add((f.Kind, f.Subject, f.Value, f.Evidence.FirstLine))).ToList();
    }

    private sealed class SamePlace : IEqualityComparer<(FactKind Kind, string Subject, string Value, int Line)>
    {
        public static readonly SamePlace Instance = new();

        private static readonly StringComparer Text = StringComparer.OrdinalIgnoreCase;

        public bool Equals((FactKind Kind, string Subject, string Value, int Line) x, (FactKind Kind, string Subject, string Value, int Line) y) =>
            x.Kind == y.Kind && x.Line == y.Line && Text.Equals(x.Subject, y.Subject) && Text.Equals(x.Value, y.Value);

        public int GetHashCode((FactKind Kind, string Subject, string Value, int Line) f) =>
            HashCode.Combine(f.Kind, f.Line, Text.GetHashCode(f.Subject), Text.GetHashCode(f.Value));
    }
}
