using LiteDB;
using LiteDB.Engine;
using static HitQuiz.Storage.Answers;

namespace HitQuiz.Storage;

public sealed class DigestFormatTests
{
    [Fact]
    public void A_digest_stored_with_its_items_as_documents_is_read_as_before()
    {
        using var bytes = new MemoryStream();
        using (var store = QuizStore.OpenStream(bytes))
        {
            store.RecordAnswer(Of("ana", "q1", true, Monday));
            store.RecordAnswer(Of("ana", "q2", false, Monday.AddHours(1)));
            store.RecordAnswer(Of("ben", "q1", false, Monday));
            _ = store.Digest("ana");
        }

        var expected = ReadDigest(bytes, "ana");
        RewriteItemsAsDocuments(bytes, "ana");

        using var reopened = QuizStore.OpenStream(bytes);
        var digest = reopened.Digest("ana");
        Assert.Equal(expected.Items, digest.Items);
        Assert.Equal(expected.Buckets, digest.Buckets);
        Assert.Equal(expected.Items, reopened.AllLearnerItems().Single(l => l.Learner == "ana").Items);
    }

    [Fact]
    public void A_digest_keeps_each_item_s_section_counts_and_latest_answer_when_stored_and_read_back()
    {
        using var bytes = new MemoryStream();
        using (var store = QuizStore.OpenStream(bytes))
        {
            store.RecordAnswer(Of("ana", "q1", true, Monday) with { Section = "Privacy" });
            store.RecordAnswer(Of("ana", "q1", false, Monday.AddDays(2)) with { Section = "Privacy" });
            store.RecordAnswer(Of("ana", "q2", true, Monday.AddDays(1)));
            _ = store.Digest("ana");
        }

        using var reopened = QuizStore.OpenStream(bytes);

        var items = reopened.Digest("ana").Items;
        Assert.Equal(
            [new("q1", "Privacy", 2, 1, false, Monday.AddDays(2).ToUniversalTime()), new("q2", "Duties", 1, 1, true, Monday.AddDays(1))],
            items.Select(i => i with { LastAnswered = i.LastAnswered.ToUniversalTime() }));
    }

    [Fact]
    public void Every_learners_items_read_for_the_report_share_one_string_per_id_and_section_in_any_script()
    {
        using var store = QuizStore.OpenInMemory();
        foreach (var learner in new[] { "ana", "ben", "chloé" })
        {
            store.RecordAnswer(Of(learner, "Q-é1", true, Monday) with { Section = "Confidentialité & sécurité" });
            store.RecordAnswer(Of(learner, "問題-2", false, Monday.AddHours(1)) with { Section = new string('S', 300) });
        }

        var learners = store.AllLearnerItems();

        Assert.Equal(["ana", "ben", "chloé"], learners.Select(l => l.Learner));
        Assert.All(learners, l => Assert.Equal(
            [("Q-é1", "Confidentialité & sécurité"), ("問題-2", new string('S', 300))],
            l.Items.Select(i => (i.QuestionId, i.Section)).Order()));
        var first = learners[0].Items.ToDictionary(i => i.QuestionId);
        Assert.All(learners.SelectMany(l => l.Items), i =>
        {
            Assert.Same(first[i.QuestionId].QuestionId, i.QuestionId);
            Assert.Same(first[i.QuestionId].Section, i.Section);
        });
    }

    private static Stats.AnswerDigest ReadDigest(MemoryStream bytes, string learner)
    {
        using var db = Raw(bytes);
        return DigestDocuments.ToDigest(db.GetCollection("digests").FindById(learner));
    }

    // How digests were stored before their items were packed.
    private static void RewriteItemsAsDocuments(MemoryStream bytes, string learner)
    {
        using var db = Raw(bytes);
        var digests = db.GetCollection("digests");
        var doc = digests.FindById(learner);
        doc["items"] = new BsonArray(DigestDocuments.ToDigest(doc).Items.Select(i => (BsonValue)new BsonDocument
        {
            ["q"] = i.QuestionId,
            ["s"] = i.Section,
            ["n"] = i.Attempts,
            ["c"] = i.Correct,
            ["lc"] = i.LastCorrect,
            ["la"] = i.LastAnswered.ToUnixTimeMilliseconds(),
        }));
        digests.Update(doc);
        Assert.True(digests.FindById(learner)["items"].IsArray);
    }

    private static LiteDatabase Raw(MemoryStream bytes) => new(new LiteEngine(new EngineSettings { DataStream = bytes }), new BsonMapper());
}
