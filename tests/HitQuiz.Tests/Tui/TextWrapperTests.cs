using HitQuiz.Tui;

namespace HitQuiz.Tests.Tui;

public sealed class TextWrapperTests
{
    // Each of these CJK characters takes two columns in a terminal.
    private const string Cjk = "健康信息技术员认证考试准备资料";

    [Fact]
    public void Wide_characters_count_as_two_columns_when_text_is_wrapped()
    {
        var lines = TextWrapper.WrapPlain(Cjk, 10);

        Assert.Equal(["健康信息技", "术员认证考", "试准备资料"], lines);
    }

    [Fact]
    public void A_line_of_wide_words_breaks_at_the_last_space_that_fits_in_columns()
    {
        var lines = TextWrapper.WrapPlain("健康 信息 技术员 认证", 10);

        Assert.Equal(["健康 信息", "技术员", "认证"], lines);
    }

    [Fact]
    public void A_character_outside_the_basic_plane_is_never_split_across_lines()
    {
        var lines = TextWrapper.WrapPlain("😀😀😀😀", 3);

        Assert.Equal(["😀", "😀", "😀", "😀"], lines);
    }

    [Fact]
    public void A_character_wider_than_the_line_still_gets_a_line_of_its_own()
    {
        var lines = TextWrapper.WrapPlain("健康", 1);

        Assert.Equal(["健", "康"], lines);
    }

    [Fact]
    public void A_combining_accent_stays_with_its_letter_and_takes_no_column()
    {
        var lines = TextWrapper.WrapPlain("cafe\u0301 cafe\u0301", 4);

        Assert.Equal(["cafe\u0301", "cafe\u0301"], lines);
    }

    [Fact]
    public void Highlights_keep_their_characters_when_wide_text_is_wrapped()
    {
        var text = "资料 健康信息";
        var lines = TextWrapper.Wrap(text, 6, [new HitQuiz.Sources.TextSpan(3, 4)]);

        var shown = string.Join("|", lines.Select(l => string.Concat(l.Select(r => r.Highlighted ? $"[{r.Text}]" : r.Text))));
        Assert.Equal("资料|[健康信]|[息]", shown);
    }
}
