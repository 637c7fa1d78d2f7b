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
    // The scope each finished stage ended with, by stage index: a later stage built on it inherits its ENV.
    private readonly List<VariableScope> _stageScopes = [];

    // Scratch space for every word's expansion.
    private readonly StringBuilder _buffer = new();
    private BuildStage? _stage;

    // Index of the instruction after the one being added.
    private int _next;
    private VariableScope _scope;

    private StageBuilder(DockerfileModel model)
    {
        _model = model;
        _scope = _global;
    }

    public static void Build(DockerfileModel model)
    {
        var builder = new StageBuilder(model);
        var instructions = model.Instructions;
        for (var i = 0; i < instructions.Count;)
        {
            // An instruction BuildKit would refuse is dropped from the list: the next one moves into its place.
            builder._next = i + 1;
            if (builder.Add(instructions[i]))
            {
                i++;
            }
            else
            {
                instructions.RemoveAt(i);
            }
        }
    }

    /// <summary>Places the instruction in its stage; false when it has no place (anything but ARG before the first FROM).</summary>
    private bool Add(Instruction instruction)
    {
        if (instruction.Is("FROM"))
        {
            StartStage(instruction);
            return true;
        }

        if (_stage is null)
        {
            return AddGlobal(instruction);
        }

        instruction.Stage = _stage;
        _stage.Instructions.Add(instruction);
        Expand(instruction);
        return true;
    }

    private bool AddGlobal(Instruction instruction)
    {
        if (!instruction.Is("ARG"))
        {
            Error(instruction.KeywordSpan, $"{instruction.Keyword} before the first FROM: only ARG may come before FROM (no build stage in current context)");
            return false;
        }

        _model.GlobalArgs.Add(instruction);
        DeclareArgs(instruction, inherit: null);
        return true;
    }

    private void StartStage(Instruction from)
    {
        if (_stage is not null)
        {
            _stageScopes.Add(_scope);
        }

        var stage = new BuildStage(_model.Stages.Count, from) { BaseImage = from.Arguments[0] };
        stage.Instructions.Capacity = InstructionsUntilNextFrom();
        from.Stage = stage;
        ExpandWord(from.Arguments[0], _global);
        ExpandFlags(from, _global);
        if (from.Arguments.Length == 3)
        {
            stage.Name = StageName(from.Arguments[2]);
        }

        // FROM refers to an earlier stage by name only (COPY --from also takes an index).
        var baseName = from.Arguments[0].Value.ToLowerInvariant();
        stage.BaseStage = LastStageNamed(baseName);
        _scope = stage.BaseStage is { } based ? _stageScopes[based.Index].InheritEnv() : new VariableScope();
        _model.Stages.Add(stage);
        _stage = stage;
    }

    /// <summary>How many instructions follow the FROM being read before the next one: the stage's list is made that size.</summary>
    private int InstructionsUntilNextFrom()
    {
        var instructions = _model.Instructions;
        var count = 0;
        for (var i = _next; i < instructions.Count && !instructions[i].Is("FROM"); i++)
        {
            count++;
        }

        return count;
    }

    private string? StageName(DockerWord word)
    {
        var name = word.Raw.ToLowerInvariant();
        if (!ValidStageName().IsMatch(name))
        {
            Error(word.Span, $"invalid name for build stage: \"{word.Raw}\", name can't start with a number or contain symbols");
            return null;
        }

        if (LastStageNamed(name) is not null)
        {
            Error(word.Span, $"duplicate stage name \"{word.Raw}\"");
        }

        return name;
    }

    private BuildStage? LastStageNamed(string name)
    {
        for (var i = _model.Stages.Count - 1; i >= 0; i--)
        {
            if (_model.Stages[i].Name == name)
            {
                return _model.Stages[i];
            }
        }

        return null;
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
                ExpandAll(instruction);
                break;
        }
    }

    private void ExpandAll(Instruction instruction)
    {
        foreach (var argument in instruction.Arguments)
        {
            ExpandWord(argument, _scope);
        }

        foreach (var pair in instruction.Pairs)
        {
            ExpandWord(pair.Name, _scope);
            if (pair.Value is not null)
            {
                ExpandWord(pair.Value, _scope);
            }
        }
    }

    private void ExpandFlags(Instruction instruction, VariableScope scope)
    {
        var flags = instruction.Flags;
        for (var i = 0; i < flags.Length; i++)
        {
            var flag = flags[i];
            if (flag.ValueSource is not null && ExpandedFlags.Contains(flag.Name))
            {
                flag.Expanded = WordExpander.Expand(flag.ValueSource, _model.EscapeChar, scope, _buffer, out _);
            }
        }
    }

    /// <summary>ARG NAME[=default]: a redeclared global ARG takes the global value; a platform ARG its platform value.</summary>
    private void DeclareArgs(Instruction instruction, VariableScope? inherit)
    {
        var pairs = instruction.Pairs;
        for (var i = 0; i < pairs.Length; i++)
        {
            var pair = pairs[i];
            var name = pair.Name.Raw;
            var value = pair.Value is null ? null : ExpandedValue(pair.Value, _scope);

            // "Environment variables defined using ENV always override an ARG of the same name."
            if (_scope.Lookup(name) is { IsEnv: true })
            {
                continue;
            }

            if (pair.Value is not null)
            {
                _scope.Set(name, new Variable(value, $"ARG {name} (line {instruction.StartLine})", false));
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
        var pairs = instruction.Pairs;
        var values = new string?[pairs.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = ExpandedValue(pairs[i].Value!, _scope);
        }

        for (var i = 0; i < values.Length; i++)
        {
            var name = pairs[i].Name.Raw;
            _scope.Set(name, new Variable(values[i], $"ENV {name} (line {instruction.StartLine})", true));
        }
    }

    /// <summary>Sets the word's <see cref="DockerWord.Expanded"/>; a plain word (its value is its text) gets it only when asked.</summary>
    private void ExpandWord(DockerWord word, VariableScope scope)
    {
        if (WordExpander.IsPlain(word.Source))
        {
            word.MarkPlain();
            return;
        }

        word.Expanded = WordExpander.Expand(word.Source, _model.EscapeChar, scope, _buffer, out var error);
        if (error is { } e)
        {
            Error(word.Source.SpanOf(e.Index, e.Index), e.Message);
        }
    }

    /// <summary>Expands the word and returns its value; null when it does not expand.</summary>
    private string? ExpandedValue(DockerWord word, VariableScope scope)
    {
        ExpandWord(word, scope);
        return word.Expanded?.Value;
    }

    private void Error(SourceSpan at, string message) => _model.Errors.Add(new DockerfileError(at.Start, message));

    [GeneratedRegex(@"^[a-z][a-z0-9\-_\.]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidStageName();
}
