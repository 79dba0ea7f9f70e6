using Terminal.Gui.Input;

namespace HitQuiz.Tui;

/// <summary>Which option a key names: 1–9 by number; A–D by letter while there are at most four options.</summary>
internal static class OptionKeys
{
    public static int? Index(Key key, int optionCount)
    {
        var rune = key.AsRune.Value;
        if (key.IsCtrl || key.IsAlt || rune == 0)
        {
            return null;
        }

        var c = char.ToLowerInvariant((char)rune);
        var index = c is >= '1' and <= '9' ? c - '1' : c is >= 'a' and <= 'd' && optionCount <= 4 ? c - 'a' : -1;
        return index >= 0 && index < optionCount ? index : null;
    }
}
