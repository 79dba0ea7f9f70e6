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

    private static readonly HashSet<string> RoleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "technician", "specialist", "coder", "auditor", "coordinator", "abstractor", "analyst", "manager", "director", "officer",
        "clerk", "registrar", "administrator", "assistant", "supervisor", "consultant",
    };

    /// <summary>True when the list names jobs: its heading or lead-in says so, or most items end in a role noun.</summary>
    public static bool AreTitles(SourceListShape list) =>
        Words.Tokens(list.Context).Any(w => w is "title" or "titles" or "occupations" or "jobs" or "positions" or "roles")
        || list.Items.Count(i => RoleNouns.Contains(i.Split(' ')[^1].TrimEnd('s'))) * 2 >= list.Items.Count;

    /// <summary>True when the list's items are things to do ("Collect …", "Enter …") rather than names.</summary>
    public static bool AreActions(SourceListShape list) =>
        list.LeadInEndsWithModal || list.Items.Count(i => ActionVerbs.Contains(i.Split(' ')[0])) * 2 >= list.Items.Count;
}
