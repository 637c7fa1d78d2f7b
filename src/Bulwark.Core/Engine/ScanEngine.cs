using Bulwark.Diagnostics;
using Bulwark.Fixes;
using Bulwark.Rules;
using Bulwark.Suppressions;
using Bulwark.Yaml;

namespace Bulwark.Engine;

/// <summary>
/// Reads every input once, lets the handlers build models into one <see cref="AnalysisSession"/>,
/// then runs each enabled rule once over the session. Cross-file rules (namespaces, network
/// policies) therefore see all files and stdin together. Last, the <see cref="ScanPolicy"/> marks
/// suppressed findings and applies severity overrides (<see cref="SuppressionPass"/>).
/// </summary>
public sealed class ScanEngine
{
    private readonly IReadOnlyList<ISessionRule> _rules;
    private readonly RuleOptions _options;
    private readonly ScanPolicy _policy;

    public ScanEngine(IReadOnlyList<ISessionRule> rules, RuleOptions options, ScanPolicy? policy = null)
    {
        _rules = rules;
        _options = options;
        _policy = policy ?? ScanPolicy.Default;
    }

    /// <summary>
    /// Loads and evaluates <paramref name="inputs"/>; a large enough scan runs on several threads
    /// (<see cref="PartitionedScan"/>) with the same result as <see cref="Load"/> then <see cref="Evaluate"/>.
    /// </summary>
    public ScanResult Scan(IEnumerable<ScanInput> inputs)
    {
        if (PartitionedScan.TryRun(inputs, this, _rules, out var read) is var (session, findings))
        {
            return Finish(session, findings);
        }

        return Evaluate(Load(read));
    }

    public AnalysisSession Load(IEnumerable<ScanInput> inputs)
    {
        var session = new AnalysisSession(_options);

        // Relative inputs are opened by their full path: the framework would otherwise ask the system
        // for the working directory again for every file.
        var workingDirectory = Environment.CurrentDirectory;
        foreach (var input in inputs)
        {
            if (ReadInput(input, workingDirectory, session) is { } file)
            {
                LoadFile(file, session);
            }
        }

        return session;
    }

    public ScanResult Evaluate(AnalysisSession session) => Finish(session, Run(_rules, session));

    /// <summary>
    /// Runs <paramref name="rules"/> in order over <paramref name="session"/>; their findings in the
    /// order reported, each marked with the fix <c>bulwark fix</c> would make (<see cref="FixAnnotator"/>).
    /// </summary>
    internal List<Finding> Run(IEnumerable<ISessionRule> rules, AnalysisSession session)
    {
        var findings = new List<Finding>();
        foreach (var rule in rules)
        {
            rule.Run(session, new RuleContext(rule.Metadata, _options, findings.Add));
        }

        // A fix is found in the file the finding points at, so a session that holds that file (a part
        // of a partitioned scan) annotates it as the whole session would.
        return FixAnnotator.Annotate(findings, session, FixOptions);
    }

    // Suppressions and the report order see every finding at once. The order is a
    // stable sort whose ties (same file, position and rule) come from one rule over one file, so it
    // does not depend on which rules or which part of the inputs ran first.
    private ScanResult Finish(AnalysisSession session, List<Finding> findings)
    {
        var reviewed = SuppressionPass.Apply(Order(findings), session, _rules, _policy);
        return new ScanResult(Order(reviewed), session.Errors, session.Files, [.. _rules.Select(r => r.Metadata)]);
    }

    private static SourceFile? ReadInput(ScanInput input, string workingDirectory, AnalysisSession session)
    {
        if (input.Text is not null)
        {
            return new SourceFile(input.Path, input.Text);
        }

        try
        {
            return new SourceFile(input.Path, TextFile.Read(Path.IsPathRooted(input.Path) ? input.Path : Path.Join(workingDirectory, input.Path)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            session.Error(input.Path, 0, 0, "cannot read file: " + ex.Message);
            return null;
        }
    }

    /// <summary>How YAML text is parsed; the fix loop passes a memo so unchanged files are not parsed again each pass.</summary>
    public Func<string, YamlStreamFile> YamlParser { get; init; } = YamlLoader.Parse;

    /// <summary>The same engine with another YAML parser.</summary>
    public ScanEngine WithYamlParser(Func<string, YamlStreamFile> parser) => new(_rules, _options, _policy) { YamlParser = parser, FixOptions = FixOptions };

    /// <summary>
    /// The values fixes would write (config <c>fix:</c>): findings are marked fixable only when
    /// <c>bulwark fix</c> with the same values would really fix them (a configured image tag, for one).
    /// </summary>
    public FixOptions FixOptions { get; init; } = FixOptions.Default;

    /// <summary>The same engine announcing the fixes <paramref name="fixes"/> would make.</summary>
    public ScanEngine WithFixOptions(FixOptions fixes) => new(_rules, _options, _policy) { YamlParser = YamlParser, FixOptions = fixes };

    private void LoadFile(SourceFile file, AnalysisSession session)
    {
        session.AddFile(file);
        var kind = file.Path == SourceFile.StdinPath ? InputSniffer.Sniff(file.Text) : InputDiscovery.Classify(file.Path);
        if (kind is InputKind.Yaml or InputKind.Unknown)
        {
            LoadYaml(file, session);
            return;
        }

        foreach (var handler in InputHandlers.Text.Where(h => h.Kind == kind))
        {
            handler.Load(file, session);
        }
    }

    private void LoadYaml(SourceFile file, AnalysisSession session)
    {
        var yaml = YamlParser(file.Text);
        file.Yaml = yaml;
        file.Comments = [.. yaml.Comments.Select(c => (c.Span.Start.Line, c.Text))];
        foreach (var error in yaml.Errors)
        {
            session.Error(file.Path, error.Position.Line, error.Position.Column, error.Message);
        }

        foreach (var document in yaml.Documents)
        {
            if (document.Root is YamlMapping root && InputHandlers.Yaml.FirstOrDefault(h => h.Handles(root)) is { } handler)
            {
                handler.Load(file, document, session);
            }
        }
    }

    /// <summary>Sorts by position and drops exact repeats (a pod-level value seen through several containers).</summary>
    private static List<Finding> Order(List<Finding> findings) => FindingOrder.Apply(findings);
}
