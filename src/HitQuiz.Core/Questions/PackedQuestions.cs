using System.Collections;
using System.Runtime.InteropServices;

namespace HitQuiz.Questions;

/// <summary>
/// A question bank held packed: each question's text as UTF-8 in shared pages, the strings many questions repeat
/// (topics, documents, sections, file names) once, and beside them what the planner, the exam and the statistics need
/// without reading a question (id, kind, option count, status, section). A question is unpacked when it is read, so
/// the 100,000-item bank of the scale benchmark takes 60 MB instead of about 200 MB as objects. The last questions
/// read are kept, so reading one again is cheap and gives the same object.
/// <para>Lists made with <see cref="Sharing"/> use the same pages: merging banks copies positions, not text.</para>
/// </summary>
public sealed class PackedQuestions : IReadOnlyList<Question>
{
    private const int RecentSize = 1024;

    private readonly PackedPages _pages;
    private readonly List<PackedEntry> _entries = [];
    private readonly Recent?[] _recent = new Recent?[RecentSize];

    public PackedQuestions()
        : this(new PackedPages())
    {
    }

    private PackedQuestions(PackedPages pages) => _pages = pages;

    public int Count => _entries.Count;

    public Question this[int index] => Read(index);

    /// <summary>A list of the given questions, packed.</summary>
    public static PackedQuestions Of(IEnumerable<Question> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var packed = new PackedQuestions();
        foreach (var question in questions)
        {
            packed.Add(question);
        }

        return packed;
    }

    /// <summary>An empty list that stores its questions in the same pages as <paramref name="other"/>.</summary>
    public static PackedQuestions Sharing(PackedQuestions other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new PackedQuestions(other._pages);
    }

    public void Add(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var (page, offset, length) = _pages.Write(question);
        _entries.Add(new PackedEntry(
            question.Id, page, offset, length, question.Kind, question.Status, question.Options.Count,
            _pages.Strings.Number(question.SectionName), _pages.Strings.Number(question.Topic), _pages.Strings.Number(question.Source?.Section),
            EvidenceKey.Of(question)));
    }

    /// <summary>Adds the question at <paramref name="position"/> of a list sharing these pages, without unpacking it.</summary>
    public void AddFrom(PackedQuestions other, int position)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!ReferenceEquals(other._pages, _pages))
        {
            Add(other[position]);
            return;
        }

        _entries.Add(other._entries[position]);
    }

    /// <summary>
    /// Adds the <paramref name="count"/> questions from <paramref name="start"/> of a list sharing these pages, without
    /// unpacking them.
    /// </summary>
    public void AddRangeFrom(PackedQuestions other, int start, int count)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!ReferenceEquals(other._pages, _pages))
        {
            for (var i = start; i < start + count; i++)
            {
                Add(other[i]);
            }

            return;
        }

        _entries.AddRange(CollectionsMarshal.AsSpan(other._entries).Slice(start, count));
    }

    /// <summary>Makes room for <paramref name="count"/> questions in all, so that adding them does not grow the list again and again.</summary>
    public void EnsureCapacity(int count) => _entries.EnsureCapacity(count);

    /// <summary>
    /// Writes the questions as they are held, pages and all, so that <see cref="ReadFrom"/> gives back an equal list
    /// without reading a question.
    /// </summary>
    public void WriteTo(Stream stream) => WriteTo(stream, Enumerable.Range(0, _entries.Count).ToList());

    /// <summary>
    /// Writes the questions at <paramref name="positions"/>, in that order, as <see cref="WriteTo(Stream)"/> writes a
    /// list of them: the pages written hold their text and nothing else.
    /// </summary>
    public void WriteTo(Stream stream, IReadOnlyList<int> positions)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(positions);
        // Read in place: a bank of 100,000 questions copied here first would be megabytes of garbage in the large object
        // heap, in the process that goes on to use the bank.
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        var placed = _pages.WriteTo(writer, positions.Count, Record);
        writer.Write(positions.Count);
        for (var i = 0; i < positions.Count; i++)
        {
            var e = _entries[positions[i]];
            writer.Write(e.Id);
            writer.Write(placed[i].Page);
            writer.Write(placed[i].Offset);
            writer.Write(e.Length);
            writer.Write((byte)e.Kind);
            writer.Write((byte)e.Status);
            writer.Write(e.OptionCount);
            writer.Write(e.Section);
            writer.Write(e.Topic);
            writer.Write(e.SourceSection);
            writer.Write(e.Evidence);
        }

        (int Page, int Offset, int Length) Record(int i)
        {
            var e = _entries[positions[i]];
            return (e.Page, e.Offset, e.Length);
        }
    }

    /// <summary>Questions written by <see cref="WriteTo"/>. Throws <see cref="InvalidDataException"/> when they do not read back whole.</summary>
    public static PackedQuestions ReadFrom(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
            var packed = new PackedQuestions(PackedPages.ReadFrom(reader));
            var count = reader.ReadInt32();
            if (count < 0 || count > stream.Length - stream.Position)
            {
                throw new InvalidDataException($"{count} questions");
            }

            for (var i = 0; i < count; i++)
            {
                var entry = new PackedEntry(
                    reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), (QuestionKind)reader.ReadByte(),
                    (QuestionStatus)reader.ReadByte(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
                if (!packed._pages.Holds(entry.Page, entry.Offset, entry.Length) || !packed._pages.Strings.Has(entry.Section)
                    || !packed._pages.Strings.Has(entry.Topic) || !packed._pages.Strings.Has(entry.SourceSection))
                {
                    throw new InvalidDataException($"question {entry.Id} points outside the pages");
                }

                packed._entries.Add(entry);
            }

            return packed;
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("the questions are cut short", e);
        }
        catch (FormatException e)
        {
            throw new InvalidDataException("the questions are damaged", e);
        }
    }

    public string IdAt(int position) => _entries[position].Id;

    public QuestionStatus StatusAt(int position) => _entries[position].Status;

    /// <summary>The <see cref="Questions.EvidenceKey"/> of the question at <paramref name="position"/>.</summary>
    public int EvidenceKeyAt(int position) => _entries[position].Evidence;

    /// <summary>What is known of the question at <paramref name="position"/> without unpacking it.</summary>
    public QuestionSummary SummaryAt(int position)
    {
        var entry = _entries[position];
        return new QuestionSummary(
            entry.Id, entry.Kind, entry.OptionCount, entry.Status, _pages.Strings[entry.Section]!,
            _pages.Strings[entry.Topic], _pages.Strings[entry.SourceSection]);
    }

    public IEnumerator<Question> GetEnumerator()
    {
        for (var i = 0; i < _entries.Count; i++)
        {
            yield return Read(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private Question Read(int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(position, _entries.Count);
        var entry = _entries[position];
        var slot = position % RecentSize;
        if (_recent[slot] is { } recent && recent.Page == entry.Page && recent.Offset == entry.Offset)
        {
            return recent.Question;
        }

        var question = _pages.Read(entry.Id, entry.Page, entry.Offset, entry.Length);
        _recent[slot] = new Recent(entry.Page, entry.Offset, question);
        return question;
    }

    private sealed record Recent(int Page, int Offset, Question Question);

    private readonly record struct PackedEntry(
        string Id, int Page, int Offset, int Length, QuestionKind Kind, QuestionStatus Status, int OptionCount,
        int Section, int Topic, int SourceSection, int Evidence);
}
