namespace HitQuiz.Cli;

/// <summary>Small text charts that read without colour: bars of full and light blocks, heat shades for counts.</summary>
internal static class TextBars
{
    private const string Shades = "·░▒▓█";

    /// <summary>A bar of <paramref name="width"/> cells, <paramref name="percent"/> of them filled.</summary>
    public static string Bar(double percent, int width)
    {
        width = Math.Max(1, width);
        var filled = (int)Math.Round(Math.Clamp(percent, 0, 100) / 100 * width, MidpointRounding.AwayFromZero);
        return new string('█', filled) + new string('░', width - filled);
    }

    /// <summary>A heat shade for a count: · for none, then four steps up to the largest count.</summary>
    public static char Shade(int count, int max)
    {
        if (count <= 0 || max <= 0)
        {
            return Shades[0];
        }

        var step = (int)Math.Ceiling(4.0 * count / max);
        return Shades[Math.Clamp(step, 1, 4)];
    }

    public static string Percent(double? value) => value is double v ? $"{v:0}%" : "–";

    /// <summary>A column wide enough for the longest name (in terminal columns), if the line has that much room (at least 8).</summary>
    public static int ColumnWidth(IEnumerable<string> names, int room) =>
        Math.Clamp(names.Select(n => TerminalColumns.Of(n)).DefaultIfEmpty(8).Max(), 8, Math.Max(8, room));

    /// <summary>
    /// The text padded to <paramref name="width"/> terminal columns, or, when it is wider, its start and its end around
    /// "…": titles that begin alike ("Health Information Technician Salary", "… Certification") still read apart. A wide
    /// character that would straddle the cut is left out and the gap padded, so the columns after it stay in line.
    /// </summary>
    public static string Fit(string text, int width)
    {
        if (width <= 0)
        {
            return "";
        }

        if (TerminalColumns.Of(text) <= width)
        {
            return TerminalColumns.PadRight(text, width);
        }

        var kept = width - 1;
        var end = kept / 3;
        var head = text[..TerminalColumns.Fit(text, 0, kept - end)];
        var tail = text[TerminalColumns.FitFromEnd(text, end)..];
        return TerminalColumns.PadRight(head + "…" + tail, width);
    }
}
