using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HitQuiz.Loading;

/// <summary>The plain text of a Markdown block: links become their text, emphasis is dropped, code is kept.</summary>
internal static partial class MarkdownText
{
    public static string Of(Markdig.Syntax.Block block) => block switch
    {
        LeafBlock { Inline: { } inline } => Collapse(Inlines(inline)),
        ContainerBlock container => Collapse(string.Join(' ', container.Select(Of))),
        _ => "",
    };

    // An empty fenced block has no line array at all.
    public static string OfCode(CodeBlock code) => code.Lines.Lines is { } lines
        ? Collapse(string.Join(' ', lines.Take(code.Lines.Count).Select(l => l.ToString())))
        : "";

    private static string Inlines(ContainerInline container)
    {
        var text = new StringBuilder();
        foreach (var inline in container)
        {
            text.Append(inline switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                AutolinkInline link => link.Url,
                HtmlEntityInline entity => entity.Transcoded.ToString(),
                LineBreakInline => " ",
                HtmlInline => "",
                ContainerInline inner => Inlines(inner),
                _ => "",
            });
        }

        return text.ToString();
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
