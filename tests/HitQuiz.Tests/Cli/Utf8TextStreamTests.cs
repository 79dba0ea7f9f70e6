using System.Text;
using HitQuiz.Cli;

namespace HitQuiz.Tests.Cli;

public sealed class Utf8TextStreamTests
{
    [Fact]
    public void Characters_split_between_writes_reach_the_text_writer_whole()
    {
        const string text = "Résumé: 名前 😀 ok";
        var bytes = Encoding.UTF8.GetBytes(text);
        using var output = new StringWriter();
        using var stream = new Utf8TextStream(output);

        foreach (var b in bytes)
        {
            stream.Write([b]);
        }

        Assert.Equal(text, output.ToString());
    }

    [Fact]
    public void A_write_longer_than_the_buffer_is_passed_on_in_full()
    {
        var text = string.Concat(Enumerable.Repeat("ab€", 5000));
        using var output = new StringWriter();
        using var stream = new Utf8TextStream(output);

        stream.Write(Encoding.UTF8.GetBytes(text));

        Assert.Equal(text, output.ToString());
    }
}
