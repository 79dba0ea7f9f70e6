using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using HitQuiz.Study;
using HitQuiz.Tui;

namespace HitQuiz.Cli;

/// <summary>The <c>hitquiz</c> command line: the text UI with no verb, and the verbs.</summary>
internal static class HitQuizCli
{
    public const int DefaultSessionSize = 10;

    public static int Run(string[] args, CliEnvironment env)
    {
        // The version alone, as scripts ask for it, is answered before the command tree is built: building it is most
        // of what the call would cost. With anything else on the line, the parser decides.
        if (args is ["--version"])
        {
            env.Output.WriteLine(ProductVersion.Text);
            return 0;
        }

        var options = new GlobalOptions();
        var root = new RootCommand("HitQuiz: a study trainer for the RHIT exam. With no command, opens the trainer in the terminal.");
        options.AddTo(root);
        root.SetAction(parse => RunTui(args, parse, options, env, start: null, DefaultSessionSize, seed: null));
        root.Subcommands.Add(PracticeCommand(args, options, env));
        root.Subcommands.Add(CheckVerb(options, env));
        root.Subcommands.Add(GenerateVerb(env));
        root.Subcommands.Add(ImportCommand.Create(env));
        root.Subcommands.Add(StatsVerbs.Stats(options, env));
        root.Subcommands.Add(StatsVerbs.Report(options, env));
        root.Subcommands.Add(ExportVerbs.Create(options, env, StatsVerbs.Results(options, env)));
        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction && parse.Errors.Count > 0)
        {
            // One line, not the parser's list and the whole help: the help is one command away.
            env.Error.WriteLine($"hitquiz: {string.Join(" ", parse.Errors.Select(e => OneLine(e.Message)))} (see '{CommandLineOf(parse)} --help')");
            return 1;
        }

        return parse.Invoke(new InvocationConfiguration { Output = env.Output, Error = env.Error });
    }

    // "Must be one of:" followed by a choice per line reads as one line with the choices after the colon.
    private static string OneLine(string message)
    {
        var lines = message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return lines.Length > 1 && lines[0].EndsWith(':') ? $"{lines[0]} {string.Join(", ", lines.Skip(1))}" : string.Join(" ", lines);
    }

    // "hitquiz export results": the command the error was found in, as the user would type it.
    private static string CommandLineOf(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result.Command is not RootCommand; result = (CommandResult)result.Parent!)
        {
            names.Insert(0, result.Command.Name);
        }

        return string.Join(' ', ["hitquiz", .. names]);
    }

    private static Command PracticeCommand(string[] args, GlobalOptions options, CliEnvironment env)
    {
        var plain = new Option<bool>("--plain") { Description = "Plain lines on stdin/stdout (screen readers, scripts, no terminal)" };
        var count = OptionValues.WholeNumber("--count", "-n", "Questions in the session", 10, DefaultSessionSize);
        var seed = OptionValues.OptionalWholeNumber("--seed", "Seed for the question order (repeatable sessions)", 42);
        count.Validators.Add(r =>
        {
            if (r.TryGetValue(count, out var n) && n < 1)
            {
                r.AddError("--count must be at least 1.");
            }
        });
        var command = new Command("practice", "Study a session of questions: due items first, then new ones (see --mode)") { plain, count, seed };
        var study = new StudyOptions(env.Clock);
        study.AddTo(command);
        command.SetAction(parse => parse.GetValue(plain)
            ? new StudyStarter(options, env).Run(parse, parse.GetValue(count), parse.GetValue(seed), c => PlainStudy.Run(c, env, study.Request(parse, count)))
            : RunTui(args, parse, options, env, study.Request(parse, count), parse.GetValue(count), parse.GetValue(seed)));
        return command;
    }

    private static Command CheckVerb(GlobalOptions options, CliEnvironment env)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Question files or folders (default: the questions folder)", Arity = ArgumentArity.ZeroOrMore }.RefusingMistypedOptions();
        var command = new Command("check", "Check question files and sources; prints file:line: message for each problem") { paths };
        command.SetAction(parse =>
        {
            var root = QuestionsFolder.Resolve(parse.GetValue(options.Questions), env.GetEnv, Environment.CurrentDirectory, AppContext.BaseDirectory)
                ?? Path.GetFullPath(QuestionsFolder.Name);
            return CheckCommand.Run(parse.GetValue(paths) ?? [], root, env.Output, env.Error, env.Clock);
        });
        return command;
    }

    private static Command GenerateVerb(CliEnvironment env)
    {
        var source = new Argument<string>("SOURCE") { Description = "The source document (.txt or .md)" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the items to this *.quiz.md file for review (default: standard output)" };
        var format = new Option<string>("--format") { Description = "text (a reviewable *.quiz.md) or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var force = new Option<bool>("--force") { Description = "Overwrite the -o file if it exists (a reviewed question file loses its review)" };
        var command = new Command("generate", "Generate draft questions from a source document; prints its conflicting facts and a count per kind")
        {
            source, output, format, force,
        };
        command.SetAction(parse => GenerateCommand.Run(
            parse.GetValue(source)!, parse.GetValue(output), parse.GetValue(format)!, env.Output, env.Error, env.Clock, parse.GetValue(force)));
        return command;
    }

    private static int RunTui(string[] args, ParseResult parse, GlobalOptions options, CliEnvironment env, StudyRequest? start, int count, int? seed)
    {
        if (!TerminalProbe.HasTerminal())
        {
            env.Error.WriteLine("hitquiz: the trainer needs a terminal; to practise without one, run 'hitquiz practice --plain'.");
            return 2;
        }

        if (!TextUiHost.InProcess)
        {
            return TextUiHost.ReplaceProcess(TextUiHost.SiblingPath, args, env.Error);
        }

        return new StudyStarter(options, env).Run(parse, count, seed, context => TuiLauncher.Run(context, start, env.Output));
    }
}
