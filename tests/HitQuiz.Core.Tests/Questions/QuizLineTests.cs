using System.Text.RegularExpressions;
using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Questions;

public sealed class QuizLineTests
{
    // The field shape as the format describes it: one or two words, a colon, then a space or the end.
    private static readonly Regex FieldShape = new(@"^(?<name>[A-Za-z]+(?: [a-z]+)?):(?:\s+(?<value>.*))?$");

    public static TheoryData<string> Lines => new(
    [
        "Why: because", "Source file: sources/hit.txt, line 4", "Answer:", "Answer: ", "Topic:\tCoding", "Why:  two  spaces  ",
        "Why:x", "Source File: x", "Source file two: x", "True or false: HITs code", "http://example.com", "See http://x.org: y",
        "A: b", "a:", "Ab cd: ", "Ab cd:", "Ab :", "Ab  cd: x", ":", ": x", "1st: x", "Naïve: x", "Why\u00a0: x", "Why:\u00a0x",
        "Why:\u2028", "Évidence: x", "Which body accredits programs?", "Answer: true or false: both", "Status:draft",
    ]);

    [Theory]
    [MemberData(nameof(Lines))]
    public void A_line_is_a_field_exactly_when_it_has_the_field_shape(string line)
    {
        // A line is trimmed before its shape is read.
        var shape = FieldShape.Match(line.Trim());

        var read = QuizLine.Classify(line);

        Assert.Equal(shape.Success ? QuizLineKind.Field : QuizLineKind.Text, read.Kind);
        if (shape.Success)
        {
            Assert.Equal((shape.Groups["name"].Value, shape.Groups["value"].Value.Trim(), line.Trim()), (read.Name, read.Value, read.Raw));
        }
    }

    // The option and pair shapes as the format describes them.
    private static readonly Regex OptionShape = new(@"^[-*]\s*\[(?<mark>[xX]?)\s*\](?<text>.*)$");
    private static readonly Regex PairShape = new(@"^[-*]\s+(?<left>.*?)\s*->\s*(?<right>.*)$");

    public static TheoryData<string> OptionLines => new(
    [
        "- [x] CAHIIM", "* [ ]  AHIMA ", "- [] BLS", "- [X]x", "- \t[ x]", "- [x ] a", "- [xx] a", "- [ ] ", "- [", "- ]", "-", "*",
        "- Coder -> Assigns codes", "- Coder  ->  Assigns codes ", "- -> extra", "- ->", "- a -->b", "- a->b->c", "- a - > b",
        "- just text", "- [x] a -> b", "* left->", "- \u00a0[x] nbsp", "- [\u2003] em space",
    ]);

    [Theory]
    [MemberData(nameof(OptionLines))]
    public void An_option_or_pair_line_is_read_as_its_shape_reads_it(string line)
    {
        var text = line.Trim();
        var (option, pair) = (OptionShape.Match(text), PairShape.Match(text));

        var read = QuizLine.Classify(line);

        var expected = option.Success ? ("Option", option.Groups["text"].Value.Trim(), option.Groups["mark"].Value.Length > 0, "")
            : pair.Success ? ("Pair", pair.Groups["left"].Value.Trim(), false, pair.Groups["right"].Value.Trim())
            : ("BadOption", text, false, "");
        Assert.Equal(expected, (read.Kind.ToString(), read.Value, read.Marked, read.Right));
    }

    [Theory]
    [InlineData("- [x] CAHIIM", "Option", "CAHIIM", true, "")]
    [InlineData("- [ ] AHIMA", "Option", "AHIMA", false, "")]
    [InlineData("- Coder  ->  Assigns codes ", "Pair", "Coder", false, "Assigns codes")]
    [InlineData("- -> extra", "Pair", "", false, "extra")]
    [InlineData("- just text", "BadOption", "- just text", false, "")]
    public void Option_and_pair_lines_give_their_parts(string line, string kind, string value, bool marked, string right)
    {
        var read = QuizLine.Classify(line);

        Assert.Equal((kind, value, marked, right), (read.Kind.ToString(), read.Value, read.Marked, read.Right));
    }
}
