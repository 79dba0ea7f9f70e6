using HitQuiz.Generation;
using HitQuiz.Sources;

namespace HitQuiz.Core.Tests.Generation;

public sealed class NormalizedLinesTests
{
    [Fact]
    public void The_normalised_document_is_its_lines_joined_by_spaces_and_padded()
    {
        var document = TestSources.Fixture();

        var lines = NormalizedLines.Of(document);

        Assert.Equal(Words.Padded(string.Join(' ', document.Lines)), lines.PaddedText);
        for (var i = 0; i < document.Lines.Count; i++)
        {
            Assert.Equal(Words.Normalize(document.Lines[i]), lines.Line(i).ToString());
        }
    }

    [Fact]
    public void Cited_lines_are_searched_as_written_with_an_empty_line_leaving_two_spaces()
    {
        var document = PlainTextSourceParser.Parse("sources/test.txt", "Title\n\nFirst Line,\n\nsecond LINE\n" + new string('x', 2000));
        var lines = NormalizedLines.Of(document);

        Assert.True(lines.Contain(2, 3, "first line  second line"));
        Assert.False(lines.Contain(2, 3, "first line second line"));
        Assert.True(lines.Contain(4, 2, "second line " + new string('x', 2000)));
        Assert.True(lines.Contain(2, 1, "first line"));
        Assert.False(lines.Contain(2, 1, "second"));
    }

    [Fact]
    public void A_document_without_words_is_two_spaces()
    {
        Assert.Equal("  ", NormalizedLines.Of(PlainTextSourceParser.Parse("sources/test.txt", "...\n\n--\n")).PaddedText);
    }
}
