namespace HitQuiz.Questions;

/// <summary>
/// The running state of <see cref="QuizFileReader"/>: the header, the question being read, and the results (the questions
/// only when kept; a check needs just the problems). Each question read without errors is also given to
/// <see cref="QuestionRead"/> as soon as its last line is read.
/// </summary>
internal sealed class ParseState(string file, bool keepQuestions = true)
{
    private readonly List<Question> _questions = [];
    private readonly Dictionary<string, int> _idLines = new(StringComparer.OrdinalIgnoreCase);
    private QuestionDraft? _draft;
    private string? _title;
    private string? _defaultSource;
    private int _defaultSourceLine;
    private int _headings;

    public List<Problem> Problems { get; } = [];

    public Action<Question>? QuestionRead { get; set; }

    /// <summary>The <c>Source file:</c> header read so far (it is final once the first question starts).</summary>
    public string? DefaultSource => _defaultSource;

    /// <summary>The line of <see cref="DefaultSource"/> (0 when absent).</summary>
    public int DefaultSourceLine => _defaultSourceLine;

    public void Read(QuizLine line, int at)
    {
        switch (line.Kind)
        {
            case QuizLineKind.Blank:
                break;
            case QuizLineKind.Heading:
                StartQuestion(line.Value, at);
                break;
            case QuizLineKind.Title when _draft is null && _title is null:
                _title = StripQuizPrefix(line.Value);
                break;
            case QuizLineKind.Title:
                Problems.Add(Problem.Error(file, at, "a \"# Quiz:\" title line belongs once, at the top; start a question with \"##\"."));
                break;
            default:
                if (_draft is null)
                {
                    ReadHeader(line, at);
                }
                else
                {
                    ReadQuestionLine(_draft, line, at);
                }

                break;
        }
    }

    public QuizFile Finish()
    {
        EndQuestion();
        if (_headings == 0)
        {
            // Prose alone, or questions written with the wrong heading ("#Q-1", "# Q-1"): nothing would be asked.
            Problems.Add(Problem.Warning(file, 1, "no questions in this file; each question starts with a line like \"## Q-0001 [mc]\"."));
        }

        var problems = Problems.OrderBy(p => p.Line).ToList();
        return new QuizFile(file, _title, _defaultSource, _questions, problems) { DefaultSourceLine = _defaultSourceLine };
    }

    private void StartQuestion(string heading, int at)
    {
        EndQuestion();
        _headings++;
        _draft = new QuestionDraft(file, at);
        QuizFileParser.ReadHeading(_draft, heading);
        if (_draft.Id is not string id)
        {
            return;
        }

        if (_idLines.TryGetValue(id, out var first))
        {
            _draft.Error(at, $"duplicate id \"{id}\" (first used on line {first}); every question needs its own id.");
        }
        else
        {
            _idLines[id] = at;
        }
    }

    private void EndQuestion()
    {
        if (_draft is null)
        {
            return;
        }

        var question = QuestionBuilder.Build(_draft, _defaultSource);
        Problems.AddRange(_draft.Problems);
        if (question is not null && !_draft.HasErrors)
        {
            QuestionRead?.Invoke(question);
            if (keepQuestions)
            {
                _questions.Add(question);
            }
        }

        _draft = null;
    }

    private void ReadHeader(QuizLine line, int at)
    {
        if (line.Kind is QuizLineKind.Option or QuizLineKind.BadOption or QuizLineKind.Pair)
        {
            Problems.Add(Problem.Error(file, at, "an option before the first question; start a question with \"## Q-0001 [mc]\"."));
        }
        else if (line.Kind == QuizLineKind.Field && string.Equals(line.Name, QuizFields.SourceFile, StringComparison.OrdinalIgnoreCase))
        {
            _defaultSource = line.Value.Length > 0 ? line.Value.Replace('\\', '/') : null;
            _defaultSourceLine = at;
        }
        else if (line.Kind == QuizLineKind.Field && QuizFields.Find(line.Name!) is string field)
        {
            Problems.Add(Problem.Error(file, at, $"\"{field}:\" before the first question; fields belong under a \"## Q-0001 [mc]\" line."));
        }
        else if (line.Kind == QuizLineKind.Field && QuizFields.Suggest(line.Name!, [QuizFields.SourceFile]) is string suggestion)
        {
            Problems.Add(Problem.Error(file, at, $"unknown header \"{line.Name}:\"; did you mean \"{suggestion}:\"?"));
        }

        // Any other text before the first question is a description for readers and is ignored.
    }

    private static void ReadQuestionLine(QuestionDraft draft, QuizLine line, int at)
    {
        switch (line.Kind)
        {
            case QuizLineKind.Option:
                draft.AddOption(line.Value, line.Marked, at);
                break;
            case QuizLineKind.Pair:
                draft.AddPair(line.Value, line.Right, at);
                break;
            case QuizLineKind.BadOption:
                draft.Error(at, "an option starts with \"- [x]\" (a correct answer) or \"- [ ]\" (a wrong one); a matching pair is \"- left -> right\".");
                break;
            case QuizLineKind.Field when !line.Name!.Contains(' ', StringComparison.Ordinal):
                ReadField(draft, line, at);
                break;
            case QuizLineKind.Field when string.Equals(line.Name, QuizFields.SourceFile, StringComparison.OrdinalIgnoreCase):
                draft.Error(at, "\"Source file:\" belongs at the top of the file, before the first question.");
                break;
            default:
                draft.AddText(line.Raw, at);
                break;
        }
    }

    private static void ReadField(QuestionDraft draft, QuizLine line, int at)
    {
        if (QuizFields.Find(line.Name!) is string name)
        {
            draft.AddField(name, line.Value, at);
        }
        else
        {
            draft.Error(at, QuizFields.UnknownFieldMessage(line.Name!, QuizFields.Names));
        }
    }

    private static string StripQuizPrefix(string title) =>
        title.StartsWith("Quiz:", StringComparison.OrdinalIgnoreCase) ? title[5..].Trim() : title;
}
