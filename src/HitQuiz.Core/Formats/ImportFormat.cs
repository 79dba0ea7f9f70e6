namespace HitQuiz.Formats;

/// <summary>The instructor formats that can be imported.</summary>
public enum ImportFormat
{
    Gift,
    Aiken,
    MoodleXml,
}
