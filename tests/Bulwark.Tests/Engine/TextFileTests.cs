using System.Text;
using Bulwark.Engine;

namespace Bulwark.Tests.Engine;

/// <summary><see cref="TextFile"/> must read every file exactly as <see cref="File.ReadAllText(string)"/> does.</summary>
public sealed class TextFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bulwark-textfile-").FullName;

    public static TheoryData<string, byte[]> Files => new()
    {
        { "empty", [] },
        { "plain", "kind: Pod\n"u8.ToArray() },
        { "utf8-bom", [0xEF, 0xBB, 0xBF, .. "kind: Pod\n"u8] },
        { "bom-only", [0xEF, 0xBB, 0xBF] },
        { "non-ascii", "name: caf\u00e9 \u2713\n"u8.ToArray() },
        { "invalid-utf8", [.. "a: "u8, 0xC3, 0x28, 0xFF, .. "\n"u8] },
        { "utf16-le", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("kind: Pod\n")] },
        { "utf16-be", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("kind: Pod\n")] },
        { "utf32-le", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes("kind: Pod\n")] },
        { "large", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("key: v\u00e4lue\r\n", 40_000))) },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Reads_what_ReadAllText_reads(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);

        Assert.Equal(File.ReadAllText(path), TextFile.Read(path));
    }

    [Fact]
    public void Files_that_report_no_length_are_read_to_their_end()
    {
        // /proc files report a length of 0 but have content; pipes cannot report one at all.
        const string path = "/proc/version";
        if (!File.Exists(path))
        {
            return;
        }

        Assert.NotEmpty(TextFile.Read(path));
        Assert.Equal(File.ReadAllText(path), TextFile.Read(path));
    }

    [Fact]
    public void A_file_that_reports_no_length_and_comes_a_page_at_a_time_is_read_whole()
    {
        // /proc/self/mountinfo reports a length of 0 and hands out one page of lines per read, so a
        // short read is not its end.
        const string path = "/proc/self/mountinfo";
        if (!File.Exists(path))
        {
            return;
        }

        Assert.Equal(File.ReadAllText(path), TextFile.Read(path));
    }

    [Fact]
    public async Task A_pipe_is_read_to_its_end()
    {
        // What `bulwark scan <(helm template x)` hands over: a FIFO, which has no length and cannot seek.
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fifo = Path.Combine(_dir, "pipe");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var content = string.Concat(Enumerable.Repeat("kind: Pod\nmetadata:\n  name: p\n---\n", 5_000));
        var writer = Task.Run(() => File.WriteAllText(fifo, content));

        var read = TextFile.Read(fifo);

        await writer;
        Assert.Equal(content, read);
    }

    [Fact]
    public void A_missing_file_fails_as_ReadAllText_does()
    {
        var path = Path.Combine(_dir, "missing.yaml");

        var expected = Assert.Throws<FileNotFoundException>(() => File.ReadAllText(path));
        var actual = Assert.Throws<FileNotFoundException>(() => TextFile.Read(path));
        Assert.Equal(expected.Message, actual.Message);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
