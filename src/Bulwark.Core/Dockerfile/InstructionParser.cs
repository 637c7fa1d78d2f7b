using Bulwark.Diagnostics;

namespace Bulwark.Dockerfile;

/// <summary>
/// Turns one logical line into an <see cref="Instruction"/>, the way BuildKit's line parsers and
/// instruction parsers do. A line BuildKit would reject is added to the model's errors
/// (at the offending word) and yields null.
/// </summary>
internal sealed class InstructionParser
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK", "LABEL",
        "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
    };

    // Known keywords by their text in any case (OrdinalIgnoreCase is ToUpperInvariant per character):
    // the keyword of nearly every line is found without allocating two strings.
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownIgnoringCase =
        Known.ToDictionary(k => k, k => k, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly char _escape;
    private readonly DockerfileModel _model;

    public InstructionParser(char escape, DockerfileModel model)
    {
        _escape = escape;
        _model = model;
    }

    public Instruction? Parse(SourceText line)
    {
        var text = line.Trim();
        var split = 0;
        while (split < text.Length && !WordSplitter.IsBlank(text[split]))
        {
            split++;
        }

        var isKnown = KnownIgnoringCase.TryGetValue(text.Chars[..split], out var known);
        var keyword = isKnown ? known! : text.Chars[..split].ToString().ToUpperInvariant();
        var instruction = new Instruction(keyword, text);
        if (!isKnown)
        {
            Fail(text.SpanOf(0, split), $"unknown instruction: {text.Chars[..split]}");
            return null;
        }

        var (flags, argsStart) = FlagParser.Read(text, split);
        instruction.Flags = flags;
        for (var i = 0; i < flags.Length; i++)
        {
            if (!FlagParser.IsAllowed(keyword, flags[i].Name))
            {
                Fail(flags[i].Span, $"unknown flag: --{flags[i].Name} (not allowed on {keyword})");
                return null;
            }
        }

        // The line is trimmed at its end already; one slice, not a slice of a slice.
        while (argsStart < text.Length && char.IsWhiteSpace(text[argsStart]))
        {
            argsStart++;
        }

        return ParseArguments(instruction, text.Slice(argsStart, text.Length)) ? instruction : null;
    }

    private bool ParseArguments(Instruction instruction, SourceText args)
    {
        switch (instruction.Keyword)
        {
            case "FROM": return From(instruction, args);
            case "COPY" or "ADD": return Files(instruction, args);
            case "RUN" or "CMD" or "ENTRYPOINT": return MaybeJson(instruction, args, required: instruction.Keyword == "RUN");
            case "SHELL": return Shell(instruction, args);
            case "ENV" or "LABEL": return NameValues(instruction, args);
            case "ARG": return Args(instruction, args);
            case "EXPOSE": return Words(instruction, args);
            case "VOLUME": return JsonOrWords(instruction, args) && Required(instruction, args);
            case "HEALTHCHECK": return Healthcheck(instruction, args);
            case "ONBUILD": return OnBuild(instruction, args);
            default: return Whole(instruction, args);
        }
    }

    private bool From(Instruction instruction, SourceText args)
    {
        Words(instruction, args);
        var words = instruction.Arguments;
        var valid = words.Length == 1 || (words.Length == 3 && string.Equals(words[1].Raw, "AS", StringComparison.OrdinalIgnoreCase));
        return valid || Fail(args.Length > 0 ? args.Span : instruction.KeywordSpan, "FROM requires either one or three arguments (FROM <image> [AS <name>])");
    }

    private bool Files(Instruction instruction, SourceText args)
    {
        if (!JsonOrWords(instruction, args))
        {
            return false;
        }

        return instruction.Arguments.Length >= 2
            || Fail(args.Length > 0 ? args.Span : instruction.KeywordSpan, $"{instruction.Keyword} requires at least two arguments: a source and a destination");
    }

    private bool Shell(Instruction instruction, SourceText args)
    {
        if (!MaybeJson(instruction, args, required: true))
        {
            return false;
        }

        return instruction.IsJsonForm || Fail(args.Span, "SHELL requires the arguments to be in JSON form");
    }

    private bool Words(Instruction instruction, SourceText args)
    {
        var ranges = WordSplitter.OnWhitespace(args.Chars);
        var words = new DockerWord[ranges.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = new DockerWord(args.Slice(ranges[i].Start, ranges[i].End));
        }

        instruction.Arguments = words;
        return Required(instruction, args);
    }

    private bool Whole(Instruction instruction, SourceText args)
    {
        instruction.Arguments = args.Length == 0 ? [] : [new DockerWord(args)];
        return instruction.Keyword is "CMD" or "ENTRYPOINT" || Required(instruction, args);
    }

    private bool JsonOrWords(Instruction instruction, SourceText args)
    {
        var outcome = Json(instruction, args);
        if (outcome == JsonArray.Outcome.NotStringArray)
        {
            return false;
        }

        return outcome == JsonArray.Outcome.Strings || Words(instruction, args);
    }

    private bool MaybeJson(Instruction instruction, SourceText args, bool required)
    {
        var outcome = Json(instruction, args);
        if (outcome == JsonArray.Outcome.NotStringArray)
        {
            return false;
        }

        if (outcome == JsonArray.Outcome.NotJson)
        {
            instruction.Arguments = args.Length == 0 ? [] : [new DockerWord(args)];
        }

        return !required || Required(instruction, args);
    }

    private JsonArray.Outcome Json(Instruction instruction, SourceText args)
    {
        // Only text starting with '[' can be the exec form; don't copy the rest to find out.
        var chars = args.Chars.TrimStart();
        if (chars.Length == 0 || chars[0] != '[')
        {
            return JsonArray.Outcome.NotJson;
        }

        var outcome = JsonArray.Parse(args.Chars, out var elements);
        if (outcome == JsonArray.Outcome.Strings)
        {
            var words = new DockerWord[elements.Count];
            for (var i = 0; i < words.Length; i++)
            {
                words[i] = new DockerWord(args.Slice(elements[i].Start, elements[i].End), elements[i].Value);
            }

            instruction.IsJsonForm = true;
            instruction.Arguments = words;
        }
        else if (outcome == JsonArray.Outcome.NotStringArray)
        {
            Fail(args.Span, "JSON arguments must be an array of strings");
        }

        return outcome;
    }

    private bool NameValues(Instruction instruction, SourceText args)
    {
        var words = WordSplitter.Quoted(args.Chars, _escape);
        if (words.Count == 0)
        {
            return Fail(instruction.KeywordSpan, $"{instruction.Keyword} requires at least one argument");
        }

        if (args.Chars[words[0].Start..words[0].End].IndexOf('=') < 0)
        {
            return LegacyNameValue(instruction, args);
        }

        var pairs = new DockerKeyValue[words.Count];
        for (var i = 0; i < pairs.Length; i++)
        {
            var (start, end) = words[i];
            var eq = IndexOfEquals(args, start, end);
            if (eq < 0)
            {
                return Fail(args.SpanOf(start, end), $"Syntax error - can't find = in \"{args.Chars[start..end]}\". Must be of the form: name=value");
            }

            pairs[i] = new DockerKeyValue(new DockerWord(args.Slice(start, eq)), new DockerWord(args.Slice(eq + 1, end)));
        }

        instruction.Pairs = pairs;
        return true;
    }

    /// <summary>The old <c>ENV NAME value with spaces</c> form: the value is the rest of the line.</summary>
    private bool LegacyNameValue(Instruction instruction, SourceText args)
    {
        var name = WordSplitter.OnWhitespace(args.Chars)[0];
        var value = args.Slice(name.End, args.Length).Trim();
        if (value.Length == 0)
        {
            return Fail(args.Span, $"{instruction.Keyword} must have two arguments (NAME value) or use NAME=value");
        }

        instruction.Pairs = [new DockerKeyValue(new DockerWord(args.Slice(name.Start, name.End)), new DockerWord(value))];
        return true;
    }

    private bool Args(Instruction instruction, SourceText args)
    {
        var words = WordSplitter.Quoted(args.Chars, _escape);
        var pairs = new DockerKeyValue[words.Count];
        for (var i = 0; i < pairs.Length; i++)
        {
            var (start, end) = words[i];
            var eq = IndexOfEquals(args, start, end);
            if (eq == start)
            {
                return Fail(args.SpanOf(start, end), "ARG names can not be blank");
            }

            pairs[i] = eq < 0
                ? new DockerKeyValue(new DockerWord(args.Slice(start, end)), null)
                : new DockerKeyValue(new DockerWord(args.Slice(start, eq)), new DockerWord(args.Slice(eq + 1, end)));
        }

        instruction.Pairs = pairs;
        return pairs.Length > 0 || Fail(instruction.KeywordSpan, "ARG requires at least one argument");
    }

    private bool Healthcheck(Instruction instruction, SourceText args)
    {
        var words = WordSplitter.OnWhitespace(args.Chars);
        if (words.Count == 0)
        {
            return Fail(instruction.KeywordSpan, "HEALTHCHECK requires an argument: CMD <command> or NONE");
        }

        var type = new DockerWord(args.Slice(words[0].Start, words[0].End));
        var kind = type.Raw.ToUpperInvariant();
        if (kind == "NONE")
        {
            instruction.Arguments = [type];
            return words.Count == 1 || Fail(args.Span, "HEALTHCHECK NONE takes no arguments");
        }

        if (kind != "CMD")
        {
            return Fail(type.Span, $"Unknown type \"{type.Raw}\" in HEALTHCHECK (try CMD)");
        }

        var command = args.Slice(words[0].End, args.Length).Trim();
        if (!MaybeJson(instruction, command, required: true))
        {
            return false;
        }

        instruction.Arguments = [type, .. instruction.Arguments];
        return true;
    }

    private bool OnBuild(Instruction instruction, SourceText args)
    {
        if (!Required(instruction, args) || Parse(args) is not { } trigger)
        {
            return false;
        }

        if (trigger.Keyword is "ONBUILD" or "FROM" or "MAINTAINER")
        {
            return Fail(trigger.KeywordSpan, $"{trigger.Keyword} isn't allowed as an ONBUILD trigger");
        }

        instruction.Trigger = trigger;
        return true;
    }

    private static int IndexOfEquals(SourceText text, int start, int end)
    {
        var index = text.Chars[start..end].IndexOf('=');
        return index < 0 ? -1 : start + index;
    }

    private bool Required(Instruction instruction, SourceText args) =>
        args.Length > 0 || Fail(instruction.KeywordSpan, $"{instruction.Keyword} requires at least one argument");

    /// <summary>Reports what BuildKit would reject; always false so callers can <c>return Fail(...)</c>.</summary>
    private bool Fail(SourceSpan at, string message)
    {
        _model.Errors.Add(new DockerfileError(at.Start, message));
        return false;
    }
}
