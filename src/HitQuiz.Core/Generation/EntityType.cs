namespace HitQuiz.Generation;

/// <summary>What an acronym stands for, so that distractors come from the same kind (role confusion is a good distractor).</summary>
public enum EntityType
{
    Term,
    Organization,
    Credential,
}
