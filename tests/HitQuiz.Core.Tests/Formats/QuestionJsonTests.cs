using System.Text.Json;
using HitQuiz.Formats;

namespace HitQuiz.Core.Tests.Formats;

public sealed class QuestionJsonTests
{
    private static JsonElement Json() =>
        JsonDocument.Parse(QuestionJson.Write("every-construct.gift", Fixtures.Import("every-construct.gift").Items)).RootElement;

    [Fact]
    public void The_JSON_has_the_source_the_questions_and_empty_conflicts()
    {
        var json = Json();

        Assert.Equal("every-construct.gift", json.GetProperty("source").GetString());
        Assert.Equal(15, json.GetProperty("questions").GetArrayLength());
        Assert.Equal(0, json.GetProperty("conflicts").GetArrayLength());
    }

    [Fact]
    public void Each_question_carries_the_common_fields()
    {
        var first = Json().GetProperty("questions")[0];

        Assert.Equal("every-construct-accreditor", first.GetProperty("id").GetString());
        Assert.Equal("mc", first.GetProperty("kind").GetString());
        Assert.Equal(["AHIMA", "CAHIIM", "The BLS"], first.GetProperty("options").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["CAHIIM"], first.GetProperty("answers").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Data Governance", first.GetProperty("section").GetString());
        Assert.Equal([6, 11], first.GetProperty("lines").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(JsonValueKind.Null, first.GetProperty("evidence").ValueKind);
    }

    [Theory]
    [InlineData("every-construct-credentials", "match")]
    [InlineData("every-construct-founded", "num")]
    public void The_new_kinds_have_their_short_names(string id, string kind)
    {
        var question = Json().GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("id").GetString() == id);

        Assert.Equal(kind, question.GetProperty("kind").GetString());
    }
}
