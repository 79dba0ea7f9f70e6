using HitQuiz.Generation;

namespace HitQuiz.Core.Tests.Generation;

public sealed class StableIdTests
{
    [Theory]
    [InlineData("list-tf", "ClosedList|A technician may:|Duties", "Code diagnoses")]
    [InlineData("entity-role", "Acronym|AHIMA|American Health Information Management Association", "Employers prefer AHIMA’s credential.")]
    [InlineData("example-tf", "OpenList|Such as prisons, or clinics.|such as", "clinics")]
    public void An_id_made_from_a_fact_and_a_part_is_the_id_of_the_two_joined(string template, string fact, string part)
    {
        Assert.Equal(StableId.For(template, $"{fact}|{part}"), StableId.For(template, new FactKey(fact, part)));
    }

    [Fact]
    public void An_id_is_the_first_eight_hex_digits_of_the_hash_of_template_and_key()
    {
        var hash = StableId.Hash("number-cloze|Quantity|It pays $39,340.|$39,340");

        Assert.Equal($"G-{hash >> 32:x8}", StableId.For("number-cloze", "Quantity|It pays $39,340.|$39,340"));
    }

    [Fact]
    public void Ids_are_equal_and_ordered_ordinally_exactly_as_their_digits_are()
    {
        var keys = Enumerable.Range(0, 500).Select(i => new FactKey($"Quantity|Sentence {i}.", i % 3 == 0 ? null : $"part {i}")).ToList();
        var ids = keys.Select(k => (Digits: StableId.Digits("number-cloze", k), Id: StableId.For("number-cloze", k))).ToList();

        Assert.All(ids, x => Assert.Equal(x.Id, StableId.Format(x.Digits)));
        Assert.Equal(ids.OrderBy(x => x.Id, StringComparer.Ordinal).Select(x => x.Id), ids.OrderBy(x => x.Digits).Select(x => x.Id));
        Assert.Contains(ids, x => x.Digits > 0x9fffffff);
    }
}
