using System.Text.RegularExpressions;

namespace HitQuiz.Questions;

/// <summary>
/// Reads a <c>*.quiz.md</c> file (format in <c>questions/README.md</c>). Never throws for bad input: every problem
/// is reported with its line, and a question with any error is left out of <see cref="QuizFile.Questions"/>.
/// </summary>
public static partial class QuizFileParser
{
    public static QuizFile Parse(string file, string text)
    {
        var reader = new QuizFileReader(file);
        reader.Read(text);
        return reader.Finish();
    }

    /// <summary>Splits a heading ("Q-0001 [mc]") into id and kind, reporting what is missing or unknown.</summary>
    internal static void ReadHeading(QuestionDraft draft, string heading)
    {
        var match = HeadingPattern().Match(heading);
        var id = match.Groups["id"].Value.Trim();
        var kind = match.Groups["kind"];
        if (id.Length == 0)
        {
            draft.Error(draft.Line, "question has no id; write it after \"##\", like \"## Q-0001 [mc]\".");
        }
        else if (!IdPattern().IsMatch(id))
        {
            draft.Error(draft.Line, $"id \"{id}\" may use only letters, digits, \".\", \"_\" and \"-\".");
        }
        else
        {
            draft.Id = id;
        }

        if (!kind.Success)
        {
            draft.Error(draft.Line, $"{draft.Label} has no kind; add one of [mc], [multi], [tf], [cloze], [not], [match] or [num] after the id.");
        }
        else if (QuestionKinds.TryParse(kind.Value, out var parsed))
        {
            draft.Kind = parsed;
        }
        else
        {
            draft.Error(draft.Line, $"unknown kind \"[{kind.Value.Trim()}]\"; use [mc], [multi], [tf], [cloze], [not], [match] or [num].");
        }

        if (match.Groups["rest"].Value.Trim().Length > 0)
        {
            draft.Error(draft.Line, $"unexpected text after the kind: \"{match.Groups["rest"].Value.Trim()}\".");
        }
    }

    [GeneratedRegex(@"^(?<id>[^\[]*)(?:\[(?<kind>[^\]]*)\])?(?<rest>.*)$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex IdPattern();
}
