namespace HitQuiz.Questions;

/// <summary>
/// Reads a <c>*.quiz.md</c> file given a piece at a time, as it is written or streamed, with the result
/// <see cref="QuizFileParser.Parse"/> gives for the whole text: a large file is checked without holding all of it.
/// </summary>
public sealed class QuizFileReader(string file, bool keepQuestions = true)
{
    private readonly ParseState _state = new(file, keepQuestions);
    private string _partial = "";
    private bool _started;
    private bool _inComment;
    private int _lines;

    /// <summary>
    /// Called with each question read without errors, in file order, as soon as its last line is read (whether or not
    /// questions are kept): a large file can be handled a question at a time.
    /// </summary>
    public Action<Question>? QuestionRead
    {
        get => _state.QuestionRead;
        set => _state.QuestionRead = value;
    }

    /// <summary>The <c>Source file:</c> header read so far; it is final once the first question has started.</summary>
    public string? DefaultSource => _state.DefaultSource;

    /// <summary>The line of <see cref="DefaultSource"/> (0 when absent).</summary>
    public int DefaultSourceLine => _state.DefaultSourceLine;

    /// <summary>The next piece of the text; a line may run on from one piece into the next.</summary>
    public void Read(string text)
    {
        var rest = text.AsSpan();
        if (!_started)
        {
            // A byte order mark at the start of the file is not text.
            rest = rest.TrimStart('\uFEFF');
            _started = !rest.IsEmpty;
        }

        for (var end = rest.IndexOf('\n'); end >= 0; end = rest.IndexOf('\n'))
        {
            Line(_partial.Length == 0 ? rest[..end] : string.Concat(_partial, rest[..end]));
            _partial = "";
            rest = rest[(end + 1)..];
        }

        if (!rest.IsEmpty)
        {
            _partial = string.Concat(_partial, rest);
        }
    }

    /// <summary>The file as read: its questions without errors (none when told not to keep them) and every problem.</summary>
    public QuizFile Finish()
    {
        Line(_partial);
        _partial = "";
        if (_inComment)
        {
            _state.Problems.Add(Problem.Error(file, _lines, "a comment opened with \"<!--\" is never closed with \"-->\"."));
        }

        return _state.Finish();
    }

    private void Line(ReadOnlySpan<char> raw)
    {
        _lines++;
        // A line ends at "\n" (the "\r" of "\r\n" is trimmed with the other white space). A tab is read as a space: the
        // trainer shows text as it is, and a terminal shows a tab as a symbol.
        var trimmed = raw.Trim();
        var line = trimmed.Contains('\t') ? trimmed.ToString().Replace('\t', ' ') : trimmed.ToString();
        if (_inComment || line.StartsWith("<!--", StringComparison.Ordinal))
        {
            _inComment = !line.Contains("-->", StringComparison.Ordinal);
            return;
        }

        _state.Read(QuizLine.Classify(line), _lines);
    }
}
