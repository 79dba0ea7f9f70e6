using HitQuiz.Generation;

namespace HitQuiz.Core.Tests.Generation;

public sealed class FactKeyTests
{
    private static readonly Evidence Evidence = new("Pay", 4, 4, "The median pay is $39,340 per year.");

    private static Fact Quantity(string subject, string value) => new(FactKind.Quantity, subject, value, Evidence);

    [Fact]
    public void A_facts_key_equals_the_key_given_as_its_text_and_hashes_alike()
    {
        var fact = Quantity("The median pay is $39,340 per year.", "$39,340");
        FactKey fromFact = fact, fromText = fact.Key;

        Assert.Equal("Quantity|The median pay is $39,340 per year.|$39,340", fact.Key);
        Assert.Equal(fromText, fromFact);
        Assert.True(fromFact == fromText);
        Assert.Equal(fromText.GetHashCode(), fromFact.GetHashCode());
        Assert.Equal(fact.Key, fromFact.ToString());
    }

    [Fact]
    public void Two_facts_with_the_same_kind_subject_and_value_have_equal_keys()
    {
        var (a, b) = (Quantity("It pays $39,340.", "$39,340"), Quantity("It pays $39,340.", "$39,340"));

        Assert.NotSame(a, b);
        Assert.Equal(new FactKey(a), new FactKey(b));
        Assert.Equal(new FactKey(a).GetHashCode(), new FactKey(b).GetHashCode());
    }

    [Fact]
    public void Keys_are_equal_exactly_when_their_texts_are_however_the_text_is_split()
    {
        // "Quantity|a|b|c" both ways: a subject holding a bar reads as the same key text.
        var (a, b) = (Quantity("a|b", "c"), Quantity("a", "b|c"));

        Assert.Equal(a.Key, b.Key);
        Assert.Equal(new FactKey(a), new FactKey(b));
        Assert.Equal(new FactKey(a).GetHashCode(), new FactKey(b).GetHashCode());
        Assert.NotEqual(new FactKey(a), new FactKey(Quantity("a|b", "d")));
        Assert.NotEqual(new FactKey(a), new FactKey(Quantity("a|b", "cc")));
        Assert.NotEqual(new FactKey(a), new FactKey(new Fact(FactKind.Definition, "a|b", "c", Evidence)));
        Assert.NotEqual(new FactKey(a), new FactKey("Quantity|a|b|"));
    }

    [Fact]
    public void The_part_counts_in_equality()
    {
        var fact = Quantity("It pays $39,340.", "$39,340");

        Assert.Equal(new FactKey(fact, "clinics"), new FactKey(fact.Key, "clinics"));
        Assert.NotEqual(new FactKey(fact, "clinics"), new FactKey(fact, "prisons"));
        Assert.NotEqual(new FactKey(fact, "clinics"), new FactKey(fact));
        Assert.Equal($"{fact.Key}|clinics", new FactKey(fact, "clinics").ToString());
    }

    [Fact]
    public void Ids_and_seeds_of_a_facts_key_are_those_of_its_text()
    {
        var fact = Quantity("The median pay is $39,340 per year.", "$39,340");

        Assert.Equal(StableId.For("number-cloze", fact.Key), StableId.For("number-cloze", new FactKey(fact)));
        Assert.Equal(StableId.For("example-tf", $"{fact.Key}|clinics"), StableId.For("example-tf", new FactKey(fact, "clinics")));
        Assert.Equal(StableId.Seed(fact.Key), StableId.Seed(new FactKey(fact)));
    }

    [Fact]
    public void A_copy_with_another_value_has_its_own_key()
    {
        var fact = Quantity("It pays $39,340.", "$39,340");
        _ = new FactKey(fact).GetHashCode();
        var copy = fact with { Value = "$40,000" };

        Assert.Equal("Quantity|It pays $39,340.|$40,000", copy.Key);
        Assert.Equal(new FactKey(copy.Key).GetHashCode(), new FactKey(copy).GetHashCode());
        Assert.NotEqual(new FactKey(fact), new FactKey(copy));
    }

    [Fact]
    public void Working_out_a_facts_key_does_not_change_whether_it_equals_another_fact()
    {
        var (a, b) = (Quantity("It pays $39,340.", "$39,340"), Quantity("It pays $39,340.", "$39,340"));
        _ = new FactKey(a).GetHashCode();

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Value = "$40,000" });
    }
}
