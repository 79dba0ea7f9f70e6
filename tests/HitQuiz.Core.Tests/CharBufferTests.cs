using HitQuiz.Generation;

namespace HitQuiz.Core.Tests;

public sealed class CharBufferTests
{
    [Fact]
    public void A_length_that_fits_uses_the_stack_space_given()
    {
        Span<char> stack = stackalloc char[8];
        stack.Fill('x');
        using var buffer = new CharBuffer(stack, 5);

        Assert.Equal(5, buffer.Span.Length);
        Assert.Equal("xxxxx", buffer.Span.ToString());
    }

    [Fact]
    public void A_longer_length_gets_a_pooled_array_of_exactly_that_length()
    {
        using var buffer = new CharBuffer(stackalloc char[8], 1000);
        buffer.Span.Fill('y');

        Assert.Equal(1000, buffer.Span.Length);
        Assert.Equal(new string('y', 1000), buffer.Span.ToString());
    }

    [Fact]
    public void A_sentence_longer_than_the_stack_space_is_normalised_and_searched_as_a_short_one()
    {
        const string Part = "Health Information, Technicians — CODE 42;";
        var sentence = string.Join(' ', Enumerable.Repeat(Part, 40));

        Assert.True(sentence.Length > 512);
        Assert.Equal(string.Join(' ', Enumerable.Repeat("health information technicians code 42", 40)), Words.Normalize(sentence));
        Assert.True(Words.ContainsPhrase(sentence + " the final words", "THE FINAL, words"));
        Assert.False(Words.ContainsPhrase(sentence, "final words"));
    }
}
