using System.Globalization;
using Bulwark.DockerRun;

namespace Bulwark.Fixes.Compose;

/// <summary>
/// The values compose fixes write: <c>compose-harden</c>'s <see cref="HardenDefaults"/>, with the user
/// and the CPU and memory limits taken from <see cref="FixOptions"/> (<c>--run-as-user</c>, <c>--limits</c>)
/// and converted from Kubernetes quantities to Docker's units. With the default options both commands
/// write the same values.
/// </summary>
internal static class ComposeFixDefaults
{
    public static HardenDefaults From(FixOptions options) => new()
    {
        User = $"{options.RunAsUser}:{options.RunAsGroup}",
        Cpus = Cpus(options.CpuLimit),
        Memory = Memory(options.MemoryLimit),
    };

    /// <summary><c>500m</c> → <c>0.5</c>, <c>2</c> → <c>2</c>; anything else is written as given.</summary>
    public static string Cpus(string quantity)
    {
        var millis = quantity.EndsWith('m');
        var number = millis ? quantity[..^1] : quantity;
        return decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? (millis ? value / 1000m : value).ToString("0.###", CultureInfo.InvariantCulture)
            : quantity;
    }

    /// <summary>
    /// <c>512Mi</c> → <c>512m</c> (Docker's k/m/g are binary); decimal quantities (<c>500M</c>) become
    /// bytes, in the largest binary unit that divides them. Anything else is written as given.
    /// </summary>
    public static string Memory(string quantity)
    {
        var binary = new[] { ("Ki", 'k'), ("Mi", 'm'), ("Gi", 'g'), ("Ti", 't') };
        foreach (var (suffix, unit) in binary)
        {
            if (quantity.EndsWith(suffix, StringComparison.Ordinal) && long.TryParse(quantity[..^2], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return n.ToString(CultureInfo.InvariantCulture) + unit;
            }
        }

        return Bytes(quantity) is { } bytes ? InBinaryUnits(bytes) : quantity;
    }

    private static long? Bytes(string quantity)
    {
        var power = "kMGT".IndexOf(quantity.Length > 0 ? quantity[^1] : ' ', StringComparison.Ordinal) + 1;
        var digits = power > 0 ? quantity[..^1] : quantity;
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n * (long)Math.Pow(1000, power) : null;
    }

    private static string InBinaryUnits(long bytes)
    {
        foreach (var (size, unit) in new[] { (1L << 30, "g"), (1L << 20, "m"), (1L << 10, "k") })
        {
            if (bytes > 0 && bytes % size == 0)
            {
                return (bytes / size).ToString(CultureInfo.InvariantCulture) + unit;
            }
        }

        return bytes.ToString(CultureInfo.InvariantCulture);
    }
}
