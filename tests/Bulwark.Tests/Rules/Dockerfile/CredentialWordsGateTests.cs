using Bulwark.Dockerfile;
using Bulwark.Engine;
using Bulwark.Rules;
using Bulwark.Rules.Dockerfile;
using Xunit;

namespace Bulwark.Tests.Rules.Dockerfile;

/// <summary>
/// DF008 turns most words away with a few cheap tests before its per-word checks: that must never
/// hide a word those checks would report.
/// </summary>
public sealed class CredentialWordsGateTests
{
    [Theory]
    [InlineData("install", false)]
    [InlineData("ca-certificates", false)]
    [InlineData("-y", true)]
    [InlineData("TOKEN=abc", true)]
    [InlineData("https://user:pass@example.com", true)]
    [InlineData("AKIAABCDEFGHIJKLMNOP", true)]
    public void Only_options_assignments_and_value_shapes_may_carry_a_credential(string word, bool mayCarry) =>
        Assert.Equal(mayCarry, CredentialWords.MayCarry(word));

    [Fact]
    public void No_corpus_word_turned_away_is_one_the_word_checks_report()
    {
        var checkedWords = 0;
        foreach (var path in InputDiscovery.Expand(TestPaths.SharedPath("corpus", "dockerfile")))
        {
            var model = DockerfileParser.Parse(new SourceFile(path, File.ReadAllText(path)));
            foreach (var run in DockerfileFacts.Runs(model))
            {
                foreach (var script in run.Scripts)
                {
                    foreach (var command in script.Commands)
                    {
                        if (CredentialWords.TakesCredentialWords(command))
                        {
                            continue;
                        }

                        var words = command.WordSpan;
                        for (var i = 0; i < words.Length; i++)
                        {
                            if (!CredentialWords.MayCarry(words[i].ValueSpan))
                            {
                                checkedWords++;
                                Assert.Null(CredentialWords.Find(command, i, RuleOptions.Default.SecretNames, credentialWords: false));
                            }
                        }
                    }
                }
            }
        }

        Assert.True(checkedWords > 10_000, $"only {checkedWords} words were turned away");
    }
}
