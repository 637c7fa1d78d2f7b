namespace Bulwark.DockerRun;

/// <summary>Quotes a word for a POSIX shell only when it needs it.</summary>
public static class ShellQuote
{
    public static string Quote(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || "-_./:=,@%+".Contains(c, StringComparison.Ordinal))
            ? word
            : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
