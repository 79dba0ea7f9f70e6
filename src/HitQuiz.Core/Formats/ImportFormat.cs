namespace HitQuiz.Formats;

/// <summary>The instructor formats that can be imported.</summary>
public enum ImportFormat
{
    Gift,
    Aiken,
    MoodleXml,

    /// <summary>IMS QTI 1.2 (<c>&lt;questestinterop&gt;</c>), as Canvas, Blackboard and D2L export it.</summary>
    Qti12,
}
