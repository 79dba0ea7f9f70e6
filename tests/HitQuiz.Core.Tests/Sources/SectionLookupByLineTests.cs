using HitQuiz.Core.Tests.Generation;
using HitQuiz.Sources;

namespace HitQuiz.Core.Tests.Sources;

public sealed class SectionLookupByLineTests
{
    [Fact]
    public void Every_line_of_the_shipped_article_is_found_in_the_section_whose_range_holds_it()
    {
        var document = TestSources.Shipped();
        for (var line = 0; line <= document.Lines.Count + 1; line++)
        {
            Assert.Same(document.Sections.FirstOrDefault(s => s.Contains(line)), document.SectionAt(line));
        }
    }

    [Fact]
    public void A_line_outside_every_section_has_no_section()
    {
        var document = PlainTextSourceParser.Parse("sources/test.txt", "Title\n\nHeading\n\nSome text here.\n");
        Assert.Null(document.SectionAt(0));
        Assert.Null(document.SectionAt(document.Lines.Count + 5));
    }

    [Fact]
    public void Sections_listed_out_of_line_order_are_still_found()
    {
        Section Make(int index, int first, int last) => new(index, $"S{index}", first, last, []);
        var document = new SourceDocument("sources/test.txt", "T", ["a", "b", "c", "d"], [Make(0, 3, 4), Make(1, 1, 2)]);
        Assert.Equal("S1", document.SectionAt(1)?.Title);
        Assert.Equal("S0", document.SectionAt(4)?.Title);
    }
}
