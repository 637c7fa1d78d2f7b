using System.Runtime.ExceptionServices;

namespace Bulwark.Common;

/// <summary>
/// Work on a thread of its own; what it throws is rethrown by <see cref="Join"/> as itself. A scan is
/// one short process: a dedicated thread starts at once, where the first task would first start the
/// thread pool (its worker and gate threads and their hill climbing).
/// </summary>
internal sealed class Worker
{
    private readonly Thread _thread;
    private ExceptionDispatchInfo? _failure;

    private Worker(Action work)
    {
        _thread = new Thread(() =>
        {
            try
            {
                work();
            }
            catch (Exception ex)
            {
                _failure = ExceptionDispatchInfo.Capture(ex);
            }
        })
        {
            IsBackground = true,
            Name = "bulwark worker",
        };
    }

    public static Worker Start(Action work)
    {
        var worker = new Worker(work);
        worker._thread.Start();
        return worker;
    }

    /// <summary>Waits for the work to end, rethrowing what it threw.</summary>
    public void Join()
    {
        _thread.Join();
        _failure?.Throw();
    }
}
