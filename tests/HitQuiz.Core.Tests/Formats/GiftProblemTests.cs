using HitQuiz.Formats;

namespace HitQuiz.Core.Tests.Formats;

public sealed class GiftProblemTests
{
    [Theory]
    [InlineData(1, "an answer block opened with \"{\" is never closed with \"}\"")]
    [InlineData(5, "mc question \"No key\" has no correct answer; skipped.")]
    [InlineData(7, "a \"}\" closes an answer block that was never opened with \"{\"")]
    [InlineData(9, "numerical question \"Bad number\" has \"nineteen\", which is not a number")]
    [InlineData(11, "matching question \"Pair without arrow\" has \"=CPC\" without \"->\"")]
    [InlineData(13, "a question has more than one answer block in braces; skipped.")]
    public void A_malformed_item_is_reported_at_its_line(int line, string message)
    {
        var problems = Fixtures.Import("broken.gift").Problems.Select(p => p.ToString());

        Assert.Contains(problems, p => p.StartsWith($"broken.gift:{line}: {message}", StringComparison.Ordinal));
    }

    [Fact]
    public void The_well_formed_items_of_a_broken_file_still_import()
    {
        Assert.Equal(["broken-good"], Fixtures.Import("broken.gift").Questions.Select(q => q.Id));
    }

    [Fact]
    public void Questions_without_a_blank_line_between_them_are_reported_where_the_second_begins()
    {
        var result = GiftParser.Parse("run.gift", "// two questions\n::Q1:: Two and two? {=4 ~3 ~5}\n::Q2:: The sky is blue. {T}\n");

        Assert.Empty(result.Questions);
        Assert.Equal("run.gift:3: a question starts before the one above ends; separate questions with a blank line; skipped.", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void An_empty_file_is_reported()
    {
        var result = QuestionImporter.Import("empty.gift", "  \n\n");

        Assert.Equal("empty.gift:1: the file is empty; there is nothing to import.", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void An_unclosed_title_is_reported()
    {
        var result = GiftParser.Parse("t.gift", "::Title without end Which?{T}");

        Assert.Contains("never closed with \"::\"", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_that_starts_with_neither_mark_is_reported()
    {
        var result = GiftParser.Parse("m.gift", "Which?{maybe}");

        Assert.Contains("does not start with \"=\"", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"Is \{ a brace?{T}", "Is { a brace?")]
    [InlineData(@"Is 1 \= 1?{T}", "Is 1 = 1?")]
    [InlineData(@"Is \# a hash?{T}", "Is # a hash?")]
    [InlineData(@"Is \~ a tilde?{T}", "Is ~ a tilde?")]
    [InlineData(@"Time 10\:30?{T}", "Time 10:30?")]
    [InlineData(@"A \\ backslash?{T}", @"A \ backslash?")]
    public void Backslash_escapes_give_the_literal_character(string gift, string stem)
    {
        Assert.Equal(stem, GiftParser.Parse("e.gift", gift).Questions.Single().Stem);
    }

    [Theory]
    [InlineData("~ = # { } : \\ plain")]
    [InlineData("a {=b} c")]
    public void Escaping_then_reading_gives_the_text_back(string text)
    {
        Assert.Equal(text, GiftText.Unescape(GiftText.Escape(text)));
    }

    [Fact]
    public void A_problem_after_a_title_on_its_own_line_is_reported_on_the_line_of_the_brace()
    {
        var result = GiftParser.Parse("l.gift", "// header\n\n::Title::\nWhich body\ncertifies? {=AHIMA ~CAHIIM\n");

        Assert.Equal(5, Assert.Single(result.Problems).Line);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public void Windows_old_Mac_and_Unix_line_ends_and_a_byte_order_mark_read_the_same(string end)
    {
        string[] lines = ["// header", "$CATEGORY: $course$/top/Privacy", "", "::Rule::Which rule protects PHI?", "{=HIPAA ~FERPA}", "", "::Broken::Who certifies? {=AHIMA ~CAHIIM", "", "::Fact::PHI is protected.{T}"];

        var result = GiftParser.Parse("ends.gift", "\uFEFF" + string.Join(end, lines) + end);

        Assert.Equal(["ends-rule", "ends-fact"], result.Questions.Select(q => q.Id));
        Assert.All(result.Questions, q => Assert.Equal("Privacy", q.Topic));
        Assert.Equal(7, Assert.Single(result.Problems).Line);
    }
}
