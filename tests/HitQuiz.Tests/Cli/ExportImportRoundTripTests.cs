using HitQuiz.Questions;

namespace HitQuiz.Tests.Cli;

public sealed class ExportImportRoundTripTests
{
    // Questions of every kind holding what GIFT (~ = # { } : \, a leading [html]), XML and HTML (< > & " ') and
    // Moodle's embedded answers ({1:SHORTANSWER:=z}) give a meaning.
    private const string Special = """
        # Quiz: Specials
        Source file: sources/careers.txt

        ## S-1 [mc]
        Source: Educational Requirements
        Which is right: {a} = ~b # c: <d> & "e" \ f?
        - [x] x = y & z
        - [ ] a ~ b #1
        - [ ] <tag> {braces}: \path
        Why: Braces {}, hash #, colon: and <angle> & ampersand; café 'quoted' "double".

        ## S-2 [cloze]
        Source: Job Outlook
        The balance reads [[x = y|O'Brien's café|a ~ b #1 {c}]] in {1:SHORTANSWER:=z}.
        Why: = ~ # { } : \ < > & " '

        ## S-3 [match]
        Match each sign with its use {x}.
        - = -> equals & "is"
        - ~ -> tilde: <wave>
        - # -> hash \ number

        ## S-4 [multi]
        Which are GIFT's specials = ~?
        - [x] ~ tilde
        - [x] = equals
        - [ ] <none> & "none"

        ## S-5 [tf]
        [html] tags {are} <not> read = ~ # : \ here.
        Answer: true
        Why: [html] "quoted" & 'single'.

        ## S-6 [num]
        How many = signs in "a = b = c" {2}?
        Answer: 2
        Why: <two> & #2.
        """;

    [Theory]
    [InlineData("gift", "bank.gift")]
    [InlineData("moodle-xml", "bank.xml")]
    [InlineData("qti12", "bank.zip")]
    public void Questions_holding_special_characters_come_back_the_same_from_an_export_and_import(string format, string file)
    {
        using var bank = new TestBank();
        bank.Write("careers.quiz.md", Special);
        var exported = Path.Combine(bank.Root, file);
        var again = Path.Combine(bank.Root, "again.quiz.md");

        CliRun.Of(bank.Args("export", "questions", "--format", format, "-o", exported));
        var import = CliRun.Of(bank.Args("import", exported, "-o", again));

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("6 questions imported, 0 problems", import.Error);
        Assert.Equal(
            QuizFileParser.Parse("careers.quiz.md", Special).Questions.Select(Seen),
            QuizFileParser.Parse("again.quiz.md", File.ReadAllText(again)).Questions.Select(Seen));
    }

    // What a learner sees and is graded on; import writes a choice question's options in an order of its own.
    private static string Seen(Question q) => string.Join(" ¦ ",
        q.Kind.Name(), q.Stem, string.Join("|", q.Options.Order(StringComparer.Ordinal)), string.Join("|", q.Answers), string.Join("|", q.Choices),
        q.Explanation ?? "-", q.Source?.Document ?? "-", q.Source?.Section ?? "-");
}
