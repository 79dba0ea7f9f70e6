using HitQuiz.Generation;

namespace HitQuiz.Core.Tests.Generation;

public sealed class QuantityTests
{
    [Theory]
    [InlineData("nearly 40,000 new positions", "+37,700 new positions", true)]
    [InlineData("about $34,000 per year", "$39,340 per year", false)]
    [InlineData("up to $66,000 a year", "$50,000 a year", true)]
    [InlineData("21 percent", "21%", true)]
    [InlineData("21 percent", "25%", false)]
    public void Hedged_figures_are_compared_by_the_range_they_allow(string a, string b, bool compatible)
    {
        var x = QuantityReader.Read(a)[0];
        var y = QuantityReader.Read(b)[0];
        Assert.Equal(compatible, x.IsCompatibleWith(y));
    }

    [Theory]
    [InlineData("$39,340 per annum", QuantityUnit.Money, 39340)]
    [InlineData("21% (Faster than national average)", QuantityUnit.Percent, 21)]
    [InlineData("a 4-year bachelor's degree", QuantityUnit.Years, 4)]
    [InlineData("It takes 2 years", QuantityUnit.Years, 2)]
    [InlineData("in 2012", QuantityUnit.Year, 2012)]
    [InlineData("Number of positions 179,500", QuantityUnit.Count, 179500)]
    public void A_number_is_read_with_its_unit(string text, QuantityUnit unit, int value)
    {
        var q = Assert.Single(QuantityReader.Read(text));
        Assert.Equal(unit, q.Unit);
        Assert.Equal(value, q.Value);
    }

    [Theory]
    [InlineData("Employment may grow About +37,700 jobs", "About", "About +37,700", 20, QuantityUnit.Count)]
    [InlineData("It pays up to $66,000.50 a year", "up to", "up to $66,000.50", 8, QuantityUnit.Money)]
    [InlineData("a rise of roughly 21 Percent in all", "roughly", "roughly 21 Percent", 10, QuantityUnit.Percent)]
    [InlineData("after at least 2-Years of study", "at least", "at least 2-Years", 6, QuantityUnit.Years)]
    [InlineData("Number of positions 179,500.", null, "179,500", 20, QuantityUnit.Count)]
    [InlineData("x1,250 items, then 1,250 items", null, "1,250", 19, QuantityUnit.Count)]
    public void A_number_is_read_with_its_hedge_text_and_place(string text, string? hedge, string surface, int start, QuantityUnit unit)
    {
        var q = Assert.Single(QuantityReader.Read(text));
        Assert.Equal((hedge, surface, start, surface.Length, unit), (q.Hedge, q.Text, q.Start, q.Length, q.Unit));
    }

    [Theory]
    [InlineData("$6.50", new[] { "$6.50", "6.50", "$6.5", "6.5" })]
    [InlineData("$1,234.50 a year", new[] { "$1,234.50", "1,234.50", "$1234.50", "1234.50", "$1,234.5", "1,234.5", "$1234.5", "1234.5" })]
    [InlineData("$39,340 per annum", new[] { "$39,340", "39,340", "$39340", "39340" })]
    public void An_amount_of_money_is_accepted_as_the_source_writes_it_and_in_its_equivalent_forms(string text, string[] expected)
    {
        Assert.Equal(expected, QuantityReader.Read(text)[0].AcceptedAnswers());
    }

    [Fact]
    public void A_percentage_accepts_its_usual_spellings()
    {
        Assert.Equal(["21%", "21 percent", "21"], QuantityReader.Read("21 percent")[0].AcceptedAnswers());
    }

    [Theory]
    [InlineData("$39,340", 49180, "$49,180")]
    [InlineData("21 percent", 26, "26 percent")]
    [InlineData("+37,700", 47100, "+47,100")]
    [InlineData("4-year", 2, "2-year")]
    [InlineData("$6.50", 8, "$8.00")]
    [InlineData("$1,234.5", 1500, "$1,500.0")]
    public void A_distractor_number_keeps_the_keys_format(string key, int value, string expected)
    {
        Assert.Equal(expected, QuantityReader.Read(key)[0].Format(value));
    }

    [Fact]
    public void Numeric_distractors_keep_away_from_the_key_and_from_compatible_statements()
    {
        var key = QuantityReader.Read("+37,700")[0];
        var hedged = QuantityReader.Read("nearly 40,000")[0];
        var related = new List<Observation> { new("nearly 40,000", new Evidence("s", 1, 1, "x"), hedged) };
        var wrong = Distractors.Numeric(key, 3, [], related, BannedValues.None);
        Assert.NotEmpty(wrong);
        Assert.All(wrong, w =>
        {
            var v = QuantityReader.Read(w)[0].Value;
            Assert.True(Math.Abs(v - 37700) > 3770, w);
            Assert.False(v is >= 36000 and <= 40000, w);
        });
    }

    [Theory]
    [InlineData("up to $66,000")]
    [InlineData("less than 10 percent")]
    [InlineData("more than 40,000")]
    [InlineData("at least 2 years")]
    public void A_hedged_key_is_never_the_extreme_its_hedge_points_to(string text)
    {
        var key = QuantityReader.Read(text)[0];
        var upperBound = key.Range.Low == 0m;
        for (var seed = 0; seed < 8; seed++)
        {
            var values = Distractors.Numeric(key, seed, [], [], BannedValues.None).Select(w => QuantityReader.Read(w)[0].Value).ToList();

            Assert.Equal(3, values.Count);
            Assert.Contains(values, v => upperBound ? v > key.Value : v < key.Value);
        }
    }
}
