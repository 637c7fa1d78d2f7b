using System.Globalization;
using System.Xml;
using Bulwark.Diagnostics;
using Bulwark.Engine;

namespace Bulwark.Reporting;

/// <summary>
/// JUnit XML for CI test tabs: a <c>testsuite</c> per file, a <c>testcase</c> per rule + object
/// (failed when it has active findings, skipped when all are suppressed), an <c>error</c> case per
/// scan error, and one passing case for a clean file.
/// </summary>
public sealed class JUnitReportWriter : IReportWriter
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        OmitXmlDeclaration = true,
    };

    public void Write(ScanResult result, TextWriter output, ReportOptions options)
    {
        var suites = JUnitSuite.Build(result, options);
        output.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        using (var xml = XmlWriter.Create(output, Settings))
        {
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "bulwark");
            WriteCounts(xml, suites.Sum(s => s.Tests), suites.Sum(s => s.Failures), suites.Sum(s => s.Errors.Count), suites.Sum(s => s.Skipped));
            suites.ForEach(suite => WriteSuite(xml, suite));
            xml.WriteEndElement();
        }

        output.Write('\n');
    }

    private static void WriteSuite(XmlWriter xml, JUnitSuite suite)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", XmlText.Clean(suite.Path));
        WriteCounts(xml, suite.Tests, suite.Failures, suite.Errors.Count, suite.Skipped);
        foreach (var test in suite.Cases)
        {
            WriteCase(xml, suite.Path, test);
        }

        foreach (var error in suite.Errors)
        {
            WriteError(xml, suite.Path, error);
        }

        if (suite.Cases.Count + suite.Errors.Count == 0)
        {
            StartCase(xml, suite.Path, "no findings");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteCase(XmlWriter xml, string path, JUnitCase test)
    {
        StartCase(xml, path, test.Name);
        if (test.Active.Count > 0)
        {
            WriteFailure(xml, path, test.Active);
        }
        else
        {
            xml.WriteStartElement("skipped");
            var suppression = test.Findings[0].Suppression!;
            var reason = suppression.Reason is null ? string.Empty : ": " + suppression.Reason;
            xml.WriteAttributeString("message", XmlText.Clean($"suppressed ({ReportNames.Name(suppression.Kind)}){reason}"));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteFailure(XmlWriter xml, string path, IReadOnlyList<Finding> findings)
    {
        var more = findings.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $" (+{findings.Count - 1} more)") : string.Empty;
        xml.WriteStartElement("failure");
        xml.WriteAttributeString("message", XmlText.Clean(findings[0].Message + more));
        xml.WriteAttributeString("type", findings.Max(f => f.Severity).ToName());
        var lines = findings.Select(f => $"{ReportPaths.Position(path, f.Location.Line, f.Location.Column)} {f.Severity.ToName()}: {f.Message}");
        xml.WriteString(XmlText.Clean(string.Join('\n', lines) + "\nhelp: " + findings[0].Rule.Remediation));
        xml.WriteEndElement();
    }

    private static void WriteError(XmlWriter xml, string path, ScanError error)
    {
        StartCase(xml, path, "scan error " + ReportPaths.Position(path, error.Line, error.Column).TrimEnd(':'));
        xml.WriteStartElement("error");
        xml.WriteAttributeString("message", XmlText.Clean(error.Message));
        xml.WriteAttributeString("type", "scan-error");
        xml.WriteString(XmlText.Clean($"{ReportPaths.Position(path, error.Line, error.Column)} {error.Message}"));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void StartCase(XmlWriter xml, string path, string name)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("name", XmlText.Clean(name));
        xml.WriteAttributeString("classname", XmlText.Clean(path));
    }

    private static void WriteCounts(XmlWriter xml, int tests, int failures, int errors, int skipped)
    {
        xml.WriteAttributeString("tests", tests.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", errors.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("skipped", skipped.ToString(CultureInfo.InvariantCulture));
    }
}
