using Bulwark.Diagnostics;

namespace Bulwark.Reporting;

/// <summary>ANSI styling for the text format; every method returns its input unchanged when colour is off.</summary>
internal sealed class TextStyle(bool enabled)
{
    public string Bold(string text) => Paint(text, "1");

    public string Gutter(string text) => Paint(text, "1;34");

    public string Help(string text) => Paint(text, "36");

    public string Error(string text) => Paint(text, "1;31");

    public string For(Severity severity, string text) => Paint(text, severity switch
    {
        Severity.Critical => "1;31",
        Severity.High => "31",
        Severity.Medium => "33",
        _ => "36",
    });

    private string Paint(string text, string code) => enabled && text.Length > 0 ? $"\e[{code}m{text}\e[0m" : text;
}
