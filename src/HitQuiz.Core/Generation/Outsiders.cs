namespace HitQuiz.Generation;

/// <summary>
/// The stated rule behind "which is NOT listed" keys: clinical tasks and clinical job titles are outside a health
/// information role. They are plausible to a learner and never true of such a role; any the document itself
/// mentions are skipped.
/// </summary>
internal static class Outsiders
{
    public static readonly IReadOnlyList<string> Actions =
    [
        "Diagnose patients' medical conditions",
        "Prescribe medication to patients",
        "Perform surgical procedures",
        "Administer vaccines to patients",
        "Draw blood samples from patients",
        "Set broken bones in the emergency room",
        "Design hospital buildings",
    ];

    public static readonly IReadOnlyList<string> Titles =
    [
        "Registered nurse",
        "Physical therapist",
        "Pharmacist",
        "Surgical technologist",
        "Radiologic technologist",
        "Dental hygienist",
        "Paramedic",
    ];

    private static readonly HashSet<string> ActionVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "collect", "organize", "collaborate", "protect", "enter", "conduct", "perform", "compile", "handle", "supervise", "review",
        "maintain", "track", "code", "assign", "record", "process", "ensure", "use", "prepare", "verify", "retrieve", "manage",
        "communicate", "analyze", "analyse", "file", "scan", "abstract", "release", "train", "audit", "update", "keep", "submit",
    };

    /// <summary>True when the list's items are things to do ("Collect …", "Enter …") rather than names.</summary>
    public static bool AreActions(SourceListShape list) =>
        list.LeadInEndsWithModal || list.Items.Count(i => ActionVerbs.Contains(i.Split(' ')[0])) * 2 >= list.Items.Count;
}
