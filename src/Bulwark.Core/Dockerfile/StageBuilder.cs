using System.Text;
using System.Text.RegularExpressions;
using Bulwark.Diagnostics;

namespace Bulwark.Dockerfile;

/// <summary>
/// Groups instructions into stages and substitutes variables where BuildKit does: FROM sees only the
/// global ARGs (those before the first FROM, plus the platform ARGs); inside a stage, a global ARG is
/// visible only once redeclared with <c>ARG NAME</c>, and ENV wins over ARG. A stage built on another
/// stage inherits its ENV. Values are computed as if no <c>--build-arg</c> were passed.
/// </summary>
internal sealed partial class StageBuilder
{
    private static readonly HashSet<string> ExpandedKeywords = new(StringComparer.Ordinal)
    {
        "ADD", "COPY", "EXPOSE", "LABEL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
    };

    private static readonly HashSet<string> ExpandedFlags = new(StringComparer.Ordinal) { "from", "chown", "chmod", "platform" };

    private readonly DockerfileModel _model;
    private readonly VariableScope _global = VariableScope.Global();
    private readonly Dictionary<BuildStage, VariableScope> _stageScopes = [];

    // Scratch space for every word's expansion.
    private readonly StringBuilder _buffer = new();
    private BuildStage? _stage;
    private VariableScope _scope;

    private StageBuilder(DockerfileModel model)
    {
        _model = model;
        _scope = _global;
    }

    public static void Build(DockerfileModel model)
    {
        var builder = new StageBuilder(model);
        foreach (var instruction in model.Instructions.ToList())
        {
            builder.Add(instruction);
        }
    }

    private void Add(Instruction instruction)
    {
        if (instruction.Is("FROM"))
        {
            StartStage(instruction);
            return;
        }

        if (_stage is null)
        {
            AddGlobal(instruction);
            return;
        }

        instruction.Stage = _stage;
        _stage.Instructions.Add(instruction);
        Expand(instruction);
    }

    private void AddGlobal(Instruction instruction)
    {
        if (!instruction.Is("ARG"))
        {
            Error(instruction.KeywordSpan, $"{instruction.Keyword} before the first FROM: only ARG may come before FROM (no build stage in current context)");
            _model.Instructions.Remove(instruction);
            return;
        }

        _model.GlobalArgs.Add(instruction);
        DeclareArgs(instruction, inherit: null);
    }

    private void StartStage(Instruction from)
    {
        if (_stage is not null)
        {
            _stageScopes[_stage] = _scope;
        }

        var stage = new BuildStage(_model.Stages.Count, from) { BaseImage = from.Arguments[0] };
        from.Stage = stage;
        ExpandWord(from.Arguments[0], _global);
        ExpandFlags(from, _global);
        if (from.Arguments.Count == 3)
        {
            stage.Name = StageName(from.Arguments[2]);
        }

        // FROM refers to an earlier stage by name only (COPY --from also takes an index).
        var baseName = from.Arguments[0].Value.ToLowerInvariant();
        stage.BaseStage = _model.Stages.LastOrDefault(s => s.Name == baseName);
        _scope = stage.BaseStage is { } based && _stageScopes.TryGetValue(based, out var parentScope) ? parentScope.InheritEnv() : new VariableScope();
        _model.Stages.Add(stage);
        _stage = stage;
    }

    private string? StageName(DockerWord word)
    {
        var name = word.Raw.ToLowerInvariant();
        if (!ValidStageName().IsMatch(name))
        {
            Error(word.Span, $"invalid name for build stage: \"{word.Raw}\", name can't start with a number or contain symbols");
            return null;
        }

        if (_model.Stages.Any(s => s.Name == name))
        {
            Error(word.Span, $"duplicate stage name \"{word.Raw}\"");
        }

        return name;
    }

    private void Expand(Instruction instruction)
    {
        ExpandFlags(instruction, _scope);
        switch (instruction.Keyword)
        {
            case "ARG":
                DeclareArgs(instruction, inherit: _global);
                break;
            case "ENV":
                DeclareEnv(instruction);
                break;
            case var keyword when ExpandedKeywords.Contains(keyword) && !instruction.IsJsonForm:
                ExpandAll(instruction.Arguments);
                ExpandAll(instruction.Pairs.SelectMany(p => p.Value is null ? [p.Name] : new[] { p.Name, p.Value }));
                break;
        }
    }

    private void ExpandAll(IEnumerable<DockerWord> words)
    {
        foreach (var word in words)
        {
            ExpandWord(word, _scope);
        }
    }

    private void ExpandFlags(Instruction instruction, VariableScope scope)
    {
        foreach (var flag in instruction.Flags)
        {
            if (flag.ValueSource is not null && ExpandedFlags.Contains(flag.Name))
            {
                flag.Expanded = WordExpander.Expand(flag.ValueSource, _model.EscapeChar, scope, _buffer, out _);
            }
        }
    }

    /// <summary>ARG NAME[=default]: a redeclared global ARG takes the global value; a platform ARG its platform value.</summary>
    private void DeclareArgs(Instruction instruction, VariableScope? inherit)
    {
        foreach (var pair in instruction.Pairs)
        {
            var name = pair.Name.Raw;
            var value = pair.Value is null ? null : ExpandWord(pair.Value, _scope);

            // "Environment variables defined using ENV always override an ARG of the same name."
            if (_scope.Lookup(name) is { IsEnv: true })
            {
                continue;
            }

            if (pair.Value is not null)
            {
                _scope.Set(name, new Variable(value?.Value, $"ARG {name} (line {instruction.StartLine})", false));
            }
            else if (inherit?.Lookup(name) is { } global)
            {
                _scope.Set(name, global with { IsEnv = false });
            }
            else if (VariableScope.PlatformArgs.TryGetValue(name, out var platform))
            {
                _scope.Set(name, new Variable(platform, "built-in platform ARG", false));
            }
            else if (_scope.Lookup(name) is null)
            {
                _scope.Set(name, new Variable(null, $"ARG {name} (line {instruction.StartLine}, no default)", false));
            }
        }
    }

    /// <summary>All values of one ENV are expanded before any is set, as BuildKit does.</summary>
    private void DeclareEnv(Instruction instruction)
    {
        var values = instruction.Pairs.Select(p => (p.Name.Raw, Value: ExpandWord(p.Value!, _scope)?.Value)).ToList();
        foreach (var (name, value) in values)
        {
            _scope.Set(name, new Variable(value, $"ENV {name} (line {instruction.StartLine})", true));
        }
    }

    private Expansion? ExpandWord(DockerWord word, VariableScope scope)
    {
        var expansion = WordExpander.Expand(word.Source, _model.EscapeChar, scope, _buffer, out var error);
        if (error is { } e)
        {
            Error(word.Source.SpanOf(e.Index, e.Index), e.Message);
        }

        word.Expanded = expansion;
        return expansion;
    }

    private void Error(SourceSpan at, string message) => _model.Errors.Add(new DockerfileError(at.Start, message));

    [GeneratedRegex(@"^[a-z][a-z0-9\-_\.]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidStageName();
}
