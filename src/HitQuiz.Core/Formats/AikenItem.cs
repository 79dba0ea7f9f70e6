using HitQuiz.Questions;

namespace HitQuiz.Formats;

/// <summary>The Aiken question being read: its text lines, its lettered options, and whether it already went wrong.</summary>
internal sealed class AikenItem
{
    private readonly List<(char Letter, string Text)> _options = [];
    private bool _broken;
    private int _first;

    public List<string> Stem { get; } = [];

    public bool HasOptions => _options.Count > 0;

    public void AddText(string line, int at)
    {
        _first = _first == 0 ? at : _first;
        Stem.Add(line);
    }

    /// <summary>The next question starts at <paramref name="next"/> before this one had its "ANSWER:" line.</summary>
    public void MissingAnswer(ImportSink sink, int next)
    {
        if (!_broken)
        {
            sink.Error(_first, $"{Label} has no \"ANSWER:\" line before the next question (line {next}); end each question with one, like \"ANSWER: A\"; skipped.");
        }

        _broken = true;
    }

    public void AddOption(ImportSink sink, char letter, string text, int at)
    {
        var expected = (char)('A' + _options.Count);
        if (char.ToUpperInvariant(letter) != expected)
        {
            Break(sink, at, $"has option \"{letter}\" where \"{expected}\" was expected; options are lettered A, B, C… in order");
        }

        _options.Add((char.ToUpperInvariant(letter), text.Trim()));
    }

    public void Finish(ImportSink sink, string key, int at)
    {
        var letter = key.Trim().ToUpperInvariant();
        if (Stem.Count == 0)
        {
            sink.Error(at, "\"ANSWER:\" with no question before it; skipped.");
            return;
        }

        if (_broken)
        {
            return;
        }

        if (_options.Count == 0)
        {
            sink.Error(at, $"{Label} has \"ANSWER: {key.Trim()}\" but no options; write each on its own line, like \"A. …\"; skipped.");
            return;
        }

        var index = letter.Length == 1 ? _options.FindIndex(o => o.Letter == letter[0]) : -1;
        if (index < 0)
        {
            var why = letter.Contains(',', StringComparison.Ordinal) ? "Aiken has one answer per question" : $"the options are A to {(char)('A' + _options.Count - 1)}";
            sink.Error(at, $"{Label} has \"ANSWER: {key.Trim()}\"; {why}; skipped.");
            return;
        }

        var stem = ImportText.Plain(string.Join(" ", Stem), html: false);
        var options = _options.Select(o => ImportText.Plain(o.Text, html: false)).ToList();
        sink.Add(new Question(sink.Ids.Next(null, stem), QuestionKind.MultipleChoice, stem, options, [options[index]]), null, _first, at);
    }

    /// <summary>At the end of the file: a question still open never got its "ANSWER:" line.</summary>
    public void End(ImportSink sink, int lastLine)
    {
        if (Stem.Count > 0 && !_broken)
        {
            sink.Error(_first, $"{Label} has no \"ANSWER:\" line; end each question with one, like \"ANSWER: B\"; skipped (file ends at line {lastLine}).");
        }
    }

    private string Label => ImportSink.Label("mc", null, string.Join(" ", Stem));

    private void Break(ImportSink sink, int at, string reason)
    {
        if (!_broken)
        {
            sink.Error(at, $"{Label} {reason}; skipped.");
        }

        _broken = true;
    }
}
