using HitQuiz.Sessions;
using LiteDB;

namespace HitQuiz.Storage;

/// <summary>
/// Hand mapping between records and BsonDocuments (the typed mapper stores empty documents under Native AOT).
/// Timestamps are stored as Int64 milliseconds since the Unix epoch, UTC: exact, independent of LiteDB's
/// local-time DateTime handling, and read back as UTC offsets. Response times are stored as exact ticks.
/// </summary>
internal static class StoreDocuments
{
    public static BsonDocument ToDocument(AnswerRecord answer) => new()
    {
        ["learner"] = answer.Learner,
        ["question"] = answer.QuestionId,
        ["chosen"] = new BsonArray(answer.Chosen.Select(c => new BsonValue(c))),
        ["correct"] = answer.Correct,
        ["responseTicks"] = answer.ResponseTime.Ticks,
        ["answeredAt"] = ToMs(answer.AnsweredAt),
        ["session"] = answer.SessionId,
        ["section"] = answer.Section,
    };

    public static AnswerRecord ToAnswer(BsonDocument doc) => new(
        doc["learner"].AsString,
        doc["question"].AsString,
        [.. doc["chosen"].AsArray.Select(c => c.AsString)],
        doc["correct"].AsBoolean,
        TimeSpan.FromTicks(doc["responseTicks"].AsInt64),
        FromMs(doc["answeredAt"]),
        doc["session"].AsInt64,
        doc["section"].AsString);

    /// <summary>An exam item left unanswered, as stored: nothing chosen (see <see cref="AnswerRecord.IsAnswered"/>).</summary>
    public static bool IsUnanswered(BsonDocument answer) => answer["chosen"].AsArray.Count == 0;

    public static BsonDocument ToDocument(string learner, string mode, DateTimeOffset started) => new()
    {
        ["learner"] = learner,
        ["mode"] = mode,
        ["started"] = ToMs(started),
        ["ended"] = BsonValue.Null,
        ["answered"] = 0,
        ["correct"] = 0,
    };

    public static StudySession ToSession(BsonDocument doc) => new(
        doc["_id"].AsInt64,
        doc["learner"].AsString,
        doc["mode"].AsString,
        FromMs(doc["started"]),
        doc["ended"].IsNull ? null : FromMs(doc["ended"]),
        doc["answered"].AsInt32,
        doc["correct"].AsInt32);

    public static BsonDocument NewLearner(string name, DateTimeOffset now) => new()
    {
        ["name"] = name,
        ["created"] = ToMs(now),
        ["answered"] = 0,
        ["correct"] = 0,
    };

    public static LearnerTotals ToTotals(BsonDocument? learner) =>
        learner is null ? new LearnerTotals(0, 0) : new LearnerTotals(learner["answered"].AsInt32, learner["correct"].AsInt32);

    /// <summary>The per-question aggregate, keyed by learner and question so an answer updates it by id.</summary>
    public static BsonValue ProgressId(string learner, string question) => learner + "\u001f" + question;

    public static BsonDocument NewProgress(AnswerRecord answer) => new()
    {
        ["_id"] = ProgressId(answer.Learner, answer.QuestionId),
        ["learner"] = answer.Learner,
        ["question"] = answer.QuestionId,
        ["attempts"] = 0,
        ["correct"] = 0,
        ["lastAnswered"] = long.MinValue,
        ["lastCorrect"] = false,
    };

    public static void AddTo(BsonDocument progress, AnswerRecord answer)
    {
        progress["attempts"] = progress["attempts"].AsInt32 + 1;
        progress["correct"] = progress["correct"].AsInt32 + (answer.Correct ? 1 : 0);

        // Answers may arrive out of order (e.g. an import); "last" follows the answer time, not the arrival order.
        var at = ToMs(answer.AnsweredAt);
        if (at >= progress["lastAnswered"].AsInt64)
        {
            progress["lastAnswered"] = at;
            progress["lastCorrect"] = answer.Correct;
        }
    }

    public static QuestionHistory ToHistory(BsonDocument doc) => new(
        doc["question"].AsString,
        doc["attempts"].AsInt32,
        doc["correct"].AsInt32,
        FromMs(doc["lastAnswered"]),
        doc["lastCorrect"].AsBoolean);

    public static long ToMs(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromMs(BsonValue value) => DateTimeOffset.FromUnixTimeMilliseconds(value.AsInt64);
}
