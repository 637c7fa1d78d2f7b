using Bulwark.Engine;
using Bulwark.Yaml;
using YamlDotNet.Core;

// Same discovery and same scanner as `bulwark scan`, but only YamlDotNet events: no tree, no rules.
var events = 0L;
var files = 0;
foreach (var root in args)
{
    foreach (var file in InputDiscovery.Expand(root).Where(f => InputDiscovery.Classify(f) == InputKind.Yaml))
    {
        files++;
        var parser = new Parser(new CommentCollectingScanner(new StringReader(File.ReadAllText(file)), []));
        try
        {
            while (parser.MoveNext())
            {
                events++;
            }
        }
        catch (YamlException)
        {
            // Invalid files count as parsed up to the error, as in a scan.
        }
    }
}

Console.WriteLine($"{files} files, {events} events");
