using Xunit;

namespace Bulwark.Tests.Dockerfile;

/// <summary>
/// Findings on real Dockerfiles from the shared corpus, each checked by hand against the file (the
/// reasoning is in the comments). A change here means a rule changed behaviour on real input.
/// </summary>
public sealed class DockerfileCorpusFindingsTests
{
    public static TheoryData<string, string[]> HandChecked() => new()
    {
        {
            // Go builder pinned by digest onto gcr.io/distroless/static (untagged, and not :nonroot).
            "GoogleCloudPlatform__microservices-demo/src/checkoutservice/Dockerfile",
            [
                "33 DF004 Medium", // no USER, and distroless/static (unlike :nonroot) runs as uid 0
                "33 DF018 Low",    // no HEALTHCHECK in the final stage
                "33 IMG002 Low",   // distroless has no version tags: only a digest pins it
            ]
        },
        {
            // Heredoc RUNs in a dev stage built on the builder stage; COPY --from an untagged image.
            "docker__awesome-compose/flask/app/Dockerfile",
            [
                "2 IMG002 Low",    // python:3.10-alpine without digest (the pip cache is a cache mount: no DF016)
                "15 DF004 Medium", // dev-envs inherits builder, neither sets USER: python runs as root
                "15 DF018 Low",
                "18 DF016 Low",    // `apk update` inside the heredoc, no --no-cache: the index stays in the layer
                "27 IMG001 Medium", // COPY --from=gloursdocker/docker: an untagged image
            ]
        },
        {
            "dockersamples__atsea-sample-shop-app/database/mysql/Dockerfile",
            [
                "1 DF004 Medium",  // mysql starts as root (it steps down in its entrypoint)
                "1 DF018 Low",
                "1 IMG001 Medium", // FROM mysql: no tag
                "9 DF006 High",    // ENV MYSQL_PASSWORD gordonpassword (MYSQL_USER is not a secret)
            ]
        },
        {
            // escape=` Windows image with a PowerShell SHELL: shell rules stay quiet, HEALTHCHECK present.
            "dockersamples__atsea-sample-shop-app/windows/docker/api/Dockerfile",
            [
                "2 DF004 Medium",  // Server Core's default user is ContainerAdministrator
                "2 IMG002 Low",
            ]
        },
        {
            // A development image: SDK base, sudo, curl | sh, go install, chmod 777.
            "kubernetes__dashboard/hack/develop/Dockerfile",
            [
                "21 DF003 Medium", // golang:1.20-bullseye is the Go SDK (DF002 leaves SDK images to DF003)
                "21 DF004 Medium",
                "21 DF018 Low",
                "21 IMG002 Low",
                "26 DF016 Low",    // apt-get update without removing the lists (line 33 does remove them)
                "38 DF013 Medium", // sudo in the package list
                "98 DF010 High",   // golangci-lint install.sh piped into sh
                "105 DF003 Medium", // go install in the final (only) stage
                "115 DF015 Medium", // chmod 777 -R /go
            ]
        },
        {
            // The official nginx image: a local `[ trusted=yes ] file://` repo of packages it just built,
            // chmod 777 on a temp dir it deletes again, apt lists removed, build deps purged: none of
            // that is reported.
            "nginxinc__docker-nginx/mainline/debian/Dockerfile",
            [
                "6 DF004 Medium",
                "6 DF018 Low",
                "6 IMG002 Low",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(HandChecked))]
    public void Corpus_file_has_exactly_the_hand_checked_findings(string file, string[] expected)
    {
        var result = Scan.File(TestPaths.SharedPath("corpus", "dockerfile", file));

        Assert.Empty(result.Errors);
        var actual = result.Findings.Select(f => $"{f.Location.Line} {f.Rule.Id} {f.Severity}");
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Secret_values_found_in_the_corpus_are_redacted()
    {
        var result = Scan.File(TestPaths.SharedPath("corpus", "dockerfile", "dockersamples__atsea-sample-shop-app/database/mysql/Dockerfile"));

        var secret = Assert.Single(result.Findings, f => f.Rule.Id == "DF006");
        Assert.DoesNotContain("gordonpassword", secret.Message, StringComparison.Ordinal);
        Assert.Equal("MYSQL_PASSWORD=gor****", secret.Evidence);
    }
}
