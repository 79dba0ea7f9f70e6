using System.Text;

namespace HitQuiz.Questions;

/// <summary>
/// Where <see cref="PackedQuestions"/> keep their text: 64 KB pages (small enough to stay out of the large object
/// heap) of UTF-8 records, and a table of the strings many questions share. Written by one thread while a bank is
/// built, then only read.
/// </summary>
internal sealed class PackedPages
{
    private const int PageSize = 64 * 1024;

    private readonly List<byte[]> _pages = [];
    private readonly MemoryStream _scratch = new();
    private readonly BinaryWriter _writer;
    private int _used = PageSize;

    public PackedPages() => _writer = new BinaryWriter(_scratch, Encoding.UTF8, leaveOpen: true);

    public SharedStrings Strings { get; private set; } = new();

    /// <summary>
    /// Writes pages holding only the given records, one after another, and the shared strings, for
    /// <see cref="ReadFrom"/> to read back; gives where each record is in them. Text no record points at any more
    /// (questions of a file since edited) is left behind.
    /// </summary>
    /// <param name="count">How many records there are.</param>
    /// <param name="record">Where the record of each number 0 to <paramref name="count"/> - 1 is in these pages.</param>
    public (int Page, int Offset)[] WriteTo(BinaryWriter writer, int count, Func<int, (int Page, int Offset, int Length)> record)
    {
        // Laid out first, as Write lays records out (one that does not fit starts a page), so that the page count and
        // each page's size come before its bytes.
        var placed = new (int Page, int Offset)[count];
        var pages = new List<(int Size, int Used)>();
        var used = PageSize;
        for (var i = 0; i < count; i++)
        {
            var length = record(i).Length;
            if (NewPage(length, used) is { } size)
            {
                pages.Add((size, 0));
                used = 0;
            }

            placed[i] = (pages.Count - 1, used);
            used += length;
            pages[^1] = (pages[^1].Size, used);
        }

        writer.Write(pages.Count);
        var next = 0;
        for (var page = 0; page < pages.Count; page++)
        {
            writer.Write(pages[page].Size);
            writer.Write(pages[page].Used);
            for (; next < count && placed[next].Page == page; next++)
            {
                var (from, offset, length) = record(next);
                writer.Write(_pages[from], offset, length);
            }
        }

        Strings.WriteTo(writer);
        return placed;
    }

    /// <summary>Pages written by <see cref="WriteTo"/>; more questions can be written after them.</summary>
    public static PackedPages ReadFrom(BinaryReader reader)
    {
        // A page is begun only for a record that does not fit on the one before, so any two pages in a row hold more
        // than a page's worth; and a page larger than the others holds one record as long as it. A count or a size past
        // that is a damaged file, not memory to allocate.
        var pages = new PackedPages();
        var count = reader.ReadInt32();
        if (count < 0 || count > (2 * (reader.BaseStream.Length / PageSize)) + 2)
        {
            throw new InvalidDataException($"{count} pages");
        }

        for (var i = 0; i < count; i++)
        {
            var (size, length) = (reader.ReadInt32(), reader.ReadInt32());
            if (size < PageSize || size > Math.Max(PageSize, length) || length < 0 || length > reader.BaseStream.Length - reader.BaseStream.Position)
            {
                throw new InvalidDataException($"a page of {length} of {size} bytes");
            }

            var page = new byte[size];
            reader.BaseStream.ReadExactly(page, 0, length);
            pages._pages.Add(page);
            pages._used = length;
        }

        pages.Strings = SharedStrings.ReadFrom(reader);
        return pages;
    }

    public (int Page, int Offset, int Length) Write(Question question)
    {
        _scratch.SetLength(0);
        Encode(question);
        var length = (int)_scratch.Length;
        if (NewPage(length, _used) is { } size)
        {
            _pages.Add(new byte[size]);
            _used = 0;
        }

        var page = _pages.Count - 1;
        _scratch.GetBuffer().AsSpan(0, length).CopyTo(_pages[page].AsSpan(_used));
        var offset = _used;
        _used += length;
        return (page, offset, length);
    }

    // The size of the page a record of this length begins, when it does not fit after the bytes used on the last one
    // (a record longer than a page gets a page of its own length); null when it fits.
    private static int? NewPage(int length, int used) => length > PageSize - used ? Math.Max(PageSize, length) : null;

    /// <summary>True when the bytes at this place are within the pages.</summary>
    public bool Holds(int page, int offset, int length) =>
        page >= 0 && page < _pages.Count && offset >= 0 && length >= 0 && offset + length <= (page == _pages.Count - 1 ? _used : _pages[page].Length);

    /// <summary>The question written at this place; its id is kept beside the pages, not in them.</summary>
    public Question Read(string id, int page, int offset, int length)
    {
        using var reader = new BinaryReader(new MemoryStream(_pages[page], offset, length, writable: false), Encoding.UTF8);
        var kind = (QuestionKind)reader.ReadByte();
        var status = (QuestionStatus)reader.ReadByte();
        var stem = reader.ReadString();
        var options = ReadList(reader);
        var answers = ReadList(reader);
        var choices = ReadList(reader);
        var topic = Shared(reader);
        var explanation = Optional(reader);
        var origin = Location(reader);
        SourceReference? source = null;
        if (reader.ReadBoolean())
        {
            var document = Shared(reader)!;
            var section = Shared(reader)!;
            var line = reader.ReadInt32();
            source = new SourceReference(document, section, line < 0 ? null : line, Optional(reader))
            {
                Origin = Location(reader),
                EvidenceOrigin = Location(reader),
            };
        }

        return new Question(id, kind, stem, options, answers)
        {
            Choices = choices, Topic = topic, Explanation = explanation, Status = status, Source = source, Origin = origin,
        };
    }

    private void Encode(Question question)
    {
        _writer.Write((byte)question.Kind);
        _writer.Write((byte)question.Status);
        _writer.Write(question.Stem);
        WriteList(question.Options);
        WriteList(question.Answers);
        WriteList(question.Choices);
        _writer.Write(Strings.Number(question.Topic));
        WriteOptional(question.Explanation);
        WriteLocation(question.Origin);
        _writer.Write(question.Source is not null);
        if (question.Source is SourceReference source)
        {
            _writer.Write(Strings.Number(source.Document));
            _writer.Write(Strings.Number(source.Section));
            _writer.Write(source.Line ?? -1);
            WriteOptional(source.Evidence);
            WriteLocation(source.Origin);
            WriteLocation(source.EvidenceOrigin);
        }

        _writer.Flush();
    }

    private void WriteList(IReadOnlyList<string> items)
    {
        _writer.Write7BitEncodedInt(items.Count);
        foreach (var item in items)
        {
            _writer.Write(item);
        }
    }

    private void WriteOptional(string? text)
    {
        _writer.Write(text is not null);
        if (text is not null)
        {
            _writer.Write(text);
        }
    }

    private void WriteLocation(FileLocation? location)
    {
        _writer.Write(Strings.Number(location?.File));
        if (location is not null)
        {
            _writer.Write7BitEncodedInt(location.Line);
        }
    }

    private static string[] ReadList(BinaryReader reader)
    {
        var items = new string[reader.Read7BitEncodedInt()];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = reader.ReadString();
        }

        return items;
    }

    private static string? Optional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private string? Shared(BinaryReader reader) => Strings[reader.ReadInt32()];

    private FileLocation? Location(BinaryReader reader) =>
        Strings[reader.ReadInt32()] is string file ? new FileLocation(file, reader.Read7BitEncodedInt()) : null;
}

/// <summary>Strings kept once and named by number; number 0 is null.</summary>
internal sealed class SharedStrings
{
    private readonly List<string?> _strings = [null];
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    public string? this[int number] => _strings[number];

    public bool Has(int number) => number >= 0 && number < _strings.Count;

    public void WriteTo(BinaryWriter writer)
    {
        writer.Write(_strings.Count - 1);
        foreach (var text in _strings.Skip(1))
        {
            writer.Write(text!);
        }
    }

    public static SharedStrings ReadFrom(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new InvalidDataException($"{count} shared strings");
        }

        var strings = new SharedStrings();
        for (var i = 0; i < count; i++)
        {
            strings.Number(reader.ReadString());
        }

        return strings;
    }

    public int Number(string? text)
    {
        if (text is null)
        {
            return 0;
        }

        if (!_numbers.TryGetValue(text, out var number))
        {
            number = _strings.Count;
            _strings.Add(text);
            _numbers[text] = number;
        }

        return number;
    }
}
