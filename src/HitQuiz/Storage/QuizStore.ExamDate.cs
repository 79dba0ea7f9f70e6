using LiteDB;

namespace HitQuiz.Storage;

/// <summary>Each learner's exam date, for readiness on that day and for cram sessions.</summary>
public sealed partial class QuizStore
{
    public DateOnly? ExamDate(string learner) =>
        LearnerDocs.FindOne(Query.EQ("name", learner)) is { } doc && doc["examDate"] is { IsString: true } date
            ? DateOnly.ParseExact(date.AsString, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : null;

    public void SetExamDate(string learner, DateOnly? date, DateTimeOffset now) => InTransaction("The exam date could not be saved", () =>
    {
        var doc = StoreAggregates.FindOrAddLearner(_db, learner, now);
        doc["examDate"] = date is DateOnly d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : BsonValue.Null;
        LearnerDocs.Update(doc);
        return true;
    });
}
