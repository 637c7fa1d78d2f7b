using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Bulwark.PodSecurity;

namespace Bulwark.Cli.Commands;

internal sealed record PssJsonDocument(int Version, List<PssJsonResult> Results, List<PssJsonError> Errors);

internal sealed record PssJsonResult(
    string File, int Line, PssJsonObject Object, string? Mode, string Level, string PolicyVersion, bool Allowed, List<PssJsonViolation> Violations);

internal sealed record PssJsonObject(string ApiVersion, string Kind, string Namespace, string Name);

internal sealed record PssJsonViolation(string Check, string Reason, string Detail, int Line, int Column);

internal sealed record PssJsonError(string File, int Line, int Column, string Message);

/// <summary>Source-generated serialization only: the CLI must stay Native-AOT compatible.</summary>
[JsonSerializable(typeof(PssJsonDocument))]
internal sealed partial class PssJsonContext : JsonSerializerContext;

/// <summary>Machine output: schema version 1, one result per judgement, plus input errors.</summary>
internal static class PssJsonReport
{
    // Relaxed escaping keeps upstream's messages readable ("container \"a\"" rather than \u0022).
    private static readonly PssJsonContext Context = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static void Write(TextWriter output, IReadOnlyList<PssRow> rows, IReadOnlyList<PssInputError> errors)
    {
        var document = new PssJsonDocument(
            1,
            rows.Select(ToResult).ToList(),
            errors.Select(e => new PssJsonError(e.File, e.Line, e.Column, e.Message)).ToList());
        output.WriteLine(JsonSerializer.Serialize(document, Context.PssJsonDocument));
    }

    private static PssJsonResult ToResult(PssRow row)
    {
        var match = row.Object.Match;
        var policy = row.Result.Policy;
        return new PssJsonResult(
            row.Object.File,
            row.Object.Line,
            new PssJsonObject(match.ApiVersion, match.Kind, row.Namespace, match.Name),
            row.Mode?.Name(),
            policy.Level.Name(),
            policy.Version.ToString(),
            row.Result.Allowed,
            row.Result.Violations.Select(ToViolation).ToList());
    }

    private static PssJsonViolation ToViolation(PodSecurityViolation v) =>
        new(v.CheckId, v.Reason, v.Detail, v.Span.Start.Line, v.Span.Start.Column);
}
