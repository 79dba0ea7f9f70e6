namespace HitQuiz.Storage;

/// <summary>The copy taken before an older database is upgraded, so an upgrade can never lose a learner's history.</summary>
public sealed partial class QuizStore
{
    /// <summary>Where the backup of a database of the given schema goes: beside it, named after the schema.</summary>
    public static string BackupPath(string path, int schema) =>
        Path.Combine(Path.GetDirectoryName(path) ?? ".", $"{Path.GetFileNameWithoutExtension(path)}-schema{schema}-backup{Path.GetExtension(path)}");

    private void BackUp(int schema)
    {
        if (_lock is null)
        {
            return; // an in-memory database has nothing on disk to lose
        }

        // The checkpoint folds the log into the data file, so the copy is one self-contained database.
        _db.Checkpoint();
        var backup = BackupPath(_name, schema);
        if (File.Exists(backup))
        {
            throw new StoreException($"{_name} needs upgrading, but {backup} is in the way; move it aside and start again");
        }

        File.Copy(_name, backup);
    }
}
