using HitQuiz.Tui;

namespace HitQuiz.Tests.Tui;

public sealed class HelpScreenTests
{
    // The help's lines, without the window's border, from the title to the last line.
    private static List<string> Lines(int width)
    {
        using var ui = new HeadlessScreen(new HelpScreen(() => { }), width, 60);
        return [.. ui.Text.Split('\n').Select(l => l.Trim().Trim('│').TrimEnd()).Where(l => !l.StartsWith('┌') && !l.StartsWith('└'))];
    }

    [Theory]
    [InlineData(60)]
    [InlineData(80)]
    [InlineData(120)]
    public void Each_paragraph_of_the_help_is_wrapped_whole_so_no_line_ends_early(int width)
    {
        var lines = Lines(width);
        var prose = lines.SkipWhile(l => l.Trim() != "How it works").Skip(1).TakeWhile(l => !l.Trim().StartsWith("Plain mode", StringComparison.Ordinal)).ToList();

        Assert.True(prose.Count(l => l.Trim().Length > 0) >= 3);
        for (var i = 0; i + 1 < prose.Count; i++)
        {
            // Within a paragraph, a line is cut early when the next line's first word would have fitted on it.
            if (prose[i].Trim().Length > 0 && prose[i + 1].Trim().Length > 0)
            {
                var firstWord = prose[i + 1].TrimStart().Split(' ')[0];
                // The window's borders, the screen's margins and its last column leave width - 5 for text; a line
                // here keeps its one-column left margin.
                Assert.True(prose[i].Length - 1 + 1 + firstWord.Length > width - 5, $"\"{prose[i]}\" ends before \"{firstWord}\" at {width} columns");
            }
        }
    }

    [Fact]
    public void A_key_whose_description_wraps_continues_under_its_description()
    {
        var lines = Lines(60);
        var at = lines.FindIndex(l => l.TrimStart().StartsWith("Esc ", StringComparison.Ordinal));

        Assert.StartsWith(new string(' ', 16), lines[at + 1]);
        Assert.DoesNotContain("Exam", lines[at + 1]);
    }

    [Fact]
    public void The_help_says_Q_is_a_letter_while_an_answer_is_typed_and_Esc_shows_the_exam_grid()
    {
        var keys = string.Join(' ', Lines(120).TakeWhile(l => l.Trim() != "How it works").Select(l => l.Trim()));

        Assert.DoesNotContain("Q, Esc", keys);
        Assert.Contains("Esc end the session (its summary is shown); in an exam, the review grid; quit from the menu", System.Text.RegularExpressions.Regex.Replace(keys, " +", " "));
        Assert.Contains("Q the same as Esc, except while an answer is typed", System.Text.RegularExpressions.Regex.Replace(keys, " +", " "));
    }

    [Fact]
    public void The_help_names_the_exam_keys_that_work_on_every_item_and_how_to_choose_option_ten()
    {
        var keys = System.Text.RegularExpressions.Regex.Replace(string.Join(' ', Lines(120).Select(l => l.Trim())), " +", " ");

        Assert.Contains("on every item: ← → previous/next · Ctrl+F flag · Esc grid · Ctrl+S submit", keys);
        Assert.Contains("Q leave the exam", keys);
        Assert.Contains("more than nine options: type the option's number, then Enter", keys);
        Assert.Contains("T / F true/false", keys);
    }
}
