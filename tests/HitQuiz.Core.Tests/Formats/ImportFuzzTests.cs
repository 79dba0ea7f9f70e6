using System.Text;
using HitQuiz.Formats;

namespace HitQuiz.Core.Tests.Formats;

/// <summary>
/// Thousands of damaged instructor files: lines and characters deleted, duplicated, and brackets inserted. Each import
/// must finish within a time bound, throw nothing, and give every rejected item a message with a line.
/// </summary>
public sealed class ImportFuzzTests
{
    private const int CasesPerFile = 700;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);
    private static readonly string[] Inserts = ["{", "}", "::", "~", "=", "#", "####", "->", "\\", "<", ">", "</question>", "<![CDATA[", "%50%", "%\u0665\u0660%", "\n\n", "ANSWER: Z", "A. ", "<varequal respident=\"response1\">", "</item>", "<not>", "<!DOCTYPE x [<!ENTITY e \"boom\">]>"];

    [Theory]
    [InlineData("every-construct.gift", 1)]
    [InlineData("broken.gift", 2)]
    [InlineData("sample.txt", 3)]
    [InlineData("broken-aiken.txt", 4)]
    [InlineData("moodle-bank.xml", 5)]
    [InlineData("canvas-quiz.xml", 6)]
    public async Task Mutated_files_never_crash_or_hang_and_every_rejection_has_a_message(string name, int seed)
    {
        var original = Fixtures.Text(name);
        var random = new Random(seed);
        for (var i = 0; i < CasesPerFile; i++)
        {
            var text = Mutate(original, random);
            var result = await Task.Run(() => QuestionImporter.Import(name, text)).WaitAsync(Bound);
            Assert.All(result.Problems, p => Assert.True(p.Message.Length > 0 && p.Line >= 1, $"case {i}: {p}"));
        }
    }

    private static string Mutate(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        for (var n = random.Next(1, 6); n > 0 && lines.Count > 0; n--)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(5))
            {
                case 0: lines.RemoveAt(at); break;
                case 1: lines.Insert(at, lines[at]); break;
                case 2: lines[at] = Insert(lines[at], Inserts[random.Next(Inserts.Length)], random); break;
                case 3: lines[at] = Delete(lines[at], random); break;
                default: lines[at] = Insert(lines[at], ((char)random.Next(0, 0x250)).ToString(), random); break;
            }
        }

        return string.Join('\n', lines);
    }

    private static string Insert(string line, string what, Random random) => line.Insert(random.Next(line.Length + 1), what);

    private static string Delete(string line, Random random)
    {
        if (line.Length == 0)
        {
            return line;
        }

        var start = random.Next(line.Length);
        return new StringBuilder(line).Remove(start, random.Next(1, Math.Min(8, line.Length - start) + 1)).ToString();
    }
}
