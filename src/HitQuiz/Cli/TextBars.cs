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

    public static string Fit(string text, int width) =>
        width <= 0 ? "" : text.Length <= width ? text.PadRight(width) : text[..Math.Max(0, width - 1)] + "…";
}
