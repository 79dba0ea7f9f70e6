using HitQuiz.Sources;

namespace HitQuiz.Loading;

/// <summary>Parses a Markdown source document into sections with Markdig.</summary>
public static class MarkdownSourceParser
{
    // Placeholder: treated as plain text until the Markdig reader lands.
    public static SourceDocument Parse(string name, string text) => PlainTextSourceParser.Parse(name, text);
}
