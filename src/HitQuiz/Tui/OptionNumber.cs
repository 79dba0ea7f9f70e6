using Terminal.Gui.Input;

namespace HitQuiz.Tui;

/// <summary>
/// An option's number typed on an item with more than nine options, where one digit cannot answer at once:
/// digits build the number (1 then 0 is option 10) and the cursor follows it; Enter then chooses.
/// A digit that would make no option starts a new number.
/// </summary>
internal sealed class OptionNumber(int optionCount)
{
    private string _digits = "";

    /// <returns>The option the digits now name, or null when the key is not a digit that names one.</returns>
    public int? Add(Key key)
    {
        var rune = key.AsRune.Value;
        if (key.IsCtrl || key.IsAlt || rune is < '0' or > '9')
        {
            return null;
        }

        var digit = (char)rune;
        _digits = Names(_digits + digit) ? _digits + digit : Names(digit.ToString()) ? digit.ToString() : "";
        return _digits.Length == 0 ? null : int.Parse(_digits, System.Globalization.CultureInfo.InvariantCulture) - 1;
    }

    public void Clear() => _digits = "";

    private bool Names(string digits) => int.TryParse(digits, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= optionCount;
}
