using HitQuiz.Scheduling;
using LiteDB;

namespace HitQuiz.Storage;

/// <summary>
/// Hand mapping of cards and review logs. Their times are stored as Int64 UTC ticks (not milliseconds like
/// answers) so a card reads back exactly and a replay of its log reproduces it to the tick.
/// </summary>
internal static class CardDocuments
{
    public static BsonDocument ToDocument(string learner, string question, Card card)
    {
        var doc = ToBson(card);
        doc["_id"] = StoreDocuments.ProgressId(learner, question);
        doc["learner"] = learner;
        doc["question"] = question;
        return doc;
    }

    public static BsonDocument ToDocument(string learner, string question, ReviewLog log) => new()
    {
        ["learner"] = learner,
        ["question"] = question,
        ["key"] = StoreDocuments.ProgressId(learner, question),
        ["grade"] = (int)log.Grade,
        ["reviewedAt"] = log.ReviewedAt.UtcTicks,
        ["before"] = ToBson(log.Before),
        ["after"] = ToBson(log.After),
    };

    public static Card ToCard(BsonDocument doc) => new()
    {
        State = (CardState)doc["state"].AsInt32,
        Step = doc["step"].IsNull ? null : doc["step"].AsInt32,
        Stability = doc["stability"].IsNull ? null : doc["stability"].AsDouble,
        Difficulty = doc["difficulty"].IsNull ? null : doc["difficulty"].AsDouble,
        Due = FromTicks(doc["due"]),
        LastReview = doc["lastReview"].IsNull ? null : FromTicks(doc["lastReview"]),
    };

    public static ReviewLog ToLog(BsonDocument doc) => new(
        (Grade)doc["grade"].AsInt32,
        FromTicks(doc["reviewedAt"]),
        ToCard(doc["before"].AsDocument),
        ToCard(doc["after"].AsDocument));

    private static BsonDocument ToBson(Card card) => new()
    {
        ["state"] = (int)card.State,
        ["step"] = card.Step is int step ? step : BsonValue.Null,
        ["stability"] = card.Stability is double s ? s : BsonValue.Null,
        ["difficulty"] = card.Difficulty is double d ? d : BsonValue.Null,
        ["due"] = card.Due.UtcTicks,
        ["lastReview"] = card.LastReview is { } last ? last.UtcTicks : BsonValue.Null,
    };

    private static DateTimeOffset FromTicks(BsonValue value) => new(value.AsInt64, TimeSpan.Zero);
}
