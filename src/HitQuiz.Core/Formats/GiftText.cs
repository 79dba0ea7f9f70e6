using System.Text;

namespace HitQuiz.Formats;

/// <summary>
/// GIFT's backslash escapes. Structure is found on the raw text, skipping escaped characters; leaf texts are
/// unescaped last, so "\{" and "\=" never open a block or an answer.
/// </summary>
public static class GiftText
{
    private const string Special = "~=#{}:\\";

    /// <summary>The index of the first unescaped occurrence of <paramref name="token"/> at or after start, or -1.</summary>
    public static int Find(string text, string token, int start = 0)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (string.CompareOrdinal(text, i, token, 0, token.Length) == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Removes the backslash before a special character and turns "\n" into a line break.</summary>
    public static string Unescape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && (Special.Contains(text[i + 1], StringComparison.Ordinal) || text[i + 1] == 'n'))
            {
                i++;
                builder.Append(text[i] == 'n' ? '\n' : text[i]);
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>Escapes every character GIFT gives a meaning, so the text reads back unchanged.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c switch
            {
                '\n' => ' ',
                '\r' => ' ',
                _ => c,
            });
        }

        return builder.ToString();
    }
}
