using System.Globalization;
using System.Xml;
using HitQuiz.Questions;

namespace HitQuiz.Formats;

/// <summary>The response a QTI 1.2 item takes (choices, a typed field, or one choice per matched item) and how it scores.</summary>
internal static class Qti12Responses
{
    public static string ChoiceId(int index) => "C" + (index + 1).ToString(CultureInfo.InvariantCulture);

    public static string MatchResponseId(int index) => "response_L" + (index + 1).ToString(CultureInfo.InvariantCulture);

    public static void Present(XmlWriter w, Question q)
    {
        switch (q.Kind)
        {
            case QuestionKind.Cloze:
            case QuestionKind.Numerical:
                Qti12Writer.Start(w, "response_str", ("ident", Qti12Writer.ResponseId), ("rcardinality", "Single"));
                Qti12Writer.Start(w, "render_fib", q.Kind == QuestionKind.Numerical ? [("fibtype", "Decimal")] : [("fibtype", "String")]);
                Qti12Writer.Start(w, "response_label", ("ident", "answer1"), ("rshuffle", "No"));
                w.WriteEndElement();
                w.WriteEndElement();
                w.WriteEndElement();
                break;
            case QuestionKind.Matching:
                for (var i = 0; i < q.Options.Count; i++)
                {
                    Qti12Writer.Start(w, "response_lid", ("ident", MatchResponseId(i)), ("rcardinality", "Single"));
                    Qti12Writer.Text(w, q.Options[i]);
                    Choices(w, q.Choices);
                    w.WriteEndElement();
                }

                break;
            default:
                var cardinality = q.Kind == QuestionKind.MultipleResponse ? "Multiple" : "Single";
                Qti12Writer.Start(w, "response_lid", ("ident", Qti12Writer.ResponseId), ("rcardinality", cardinality));
                Choices(w, q.Options);
                w.WriteEndElement();
                break;
        }
    }

    public static void Score(XmlWriter w, Question q)
    {
        switch (q.Kind)
        {
            case QuestionKind.Cloze:
                // Any accepted answer scores (LMSs compare typed answers without regard to case).
                foreach (var answer in q.Answers)
                {
                    Full(w, () => Equal(w, Qti12Writer.ResponseId, answer));
                }

                break;
            case QuestionKind.Numerical:
                // Any accepted range scores: its middle exactly, or anything between its bounds.
                foreach (var range in q.Answers.Select(NumericAnswer.Parse).OfType<NumericAnswer>())
                {
                    Full(w, () => Range(w, range));
                }

                break;
            case QuestionKind.Matching:
                // Each item matched to its choice adds its share; every condition is tried.
                var share = (100.0 / q.Options.Count).ToString("0.##", CultureInfo.InvariantCulture);
                for (var i = 0; i < q.Answers.Count; i++)
                {
                    var choice = IndexOf(q.Choices, q.Answers[i]);
                    Qti12Writer.Start(w, "respcondition", ("continue", "Yes"));
                    Qti12Writer.Start(w, "conditionvar");
                    Equal(w, MatchResponseId(i), ChoiceId(choice));
                    w.WriteEndElement();
                    SetScore(w, "Add", share);
                    w.WriteEndElement();
                }

                break;
            case QuestionKind.MultipleResponse:
                // Exactly the keys: each key chosen and no other option.
                var keys = AnswerChecker.KeyIndices(q);
                Full(w, () =>
                {
                    Qti12Writer.Start(w, "and");
                    for (var i = 0; i < q.Options.Count; i++)
                    {
                        if (keys.Contains(i))
                        {
                            Equal(w, Qti12Writer.ResponseId, ChoiceId(i));
                        }
                        else
                        {
                            Qti12Writer.Start(w, "not");
                            Equal(w, Qti12Writer.ResponseId, ChoiceId(i));
                            w.WriteEndElement();
                        }
                    }

                    w.WriteEndElement();
                });
                break;
            default:
                Full(w, () => Equal(w, Qti12Writer.ResponseId, ChoiceId(AnswerChecker.KeyIndices(q)[0])));
                break;
        }
    }

    private static void Choices(XmlWriter w, IReadOnlyList<string> texts)
    {
        Qti12Writer.Start(w, "render_choice", ("shuffle", "No"));
        for (var i = 0; i < texts.Count; i++)
        {
            Qti12Writer.Start(w, "response_label", ("ident", ChoiceId(i)));
            Qti12Writer.Text(w, texts[i]);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    // A condition that, when it holds, sets the full score and ends scoring.
    private static void Full(XmlWriter w, Action condition)
    {
        Qti12Writer.Start(w, "respcondition", ("continue", "No"));
        Qti12Writer.Start(w, "conditionvar");
        condition();
        w.WriteEndElement();
        SetScore(w, "Set", "100");
        w.WriteEndElement();
    }

    private static void SetScore(XmlWriter w, string action, string value)
    {
        Qti12Writer.Start(w, "setvar", ("action", action), ("varname", "SCORE"));
        w.WriteString(value);
        w.WriteEndElement();
    }

    private static void Equal(XmlWriter w, string response, string value) => Compare(w, "varequal", response, value);

    private static void Range(XmlWriter w, NumericAnswer range)
    {
        Qti12Writer.Start(w, "or");
        Equal(w, Qti12Writer.ResponseId, QtiItem.Number((range.Min + range.Max) / 2));
        Qti12Writer.Start(w, "and");
        Compare(w, "vargte", Qti12Writer.ResponseId, QtiItem.Number(range.Min));
        Compare(w, "varlte", Qti12Writer.ResponseId, QtiItem.Number(range.Max));
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Compare(XmlWriter w, string name, string response, string value)
    {
        Qti12Writer.Start(w, name, ("respident", response));
        w.WriteString(value);
        w.WriteEndElement();
    }

    private static int IndexOf(IReadOnlyList<string> list, string item)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == item)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"The matching item's answer \"{item}\" is not among its choices.");
    }
}
