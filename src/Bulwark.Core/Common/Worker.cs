using System.Runtime.ExceptionServices;

namespace Bulwark.Common;

/// <summary>
/// Work on a thread of its own, joined for its result; what it throws is rethrown by <see cref="Join"/>
/// as itself. A scan is one short process: a dedicated thread starts at once, where the first task
/// would first start the thread pool (its worker and gate threads and their hill climbing).
/// </summary>
internal sealed class Worker<T>
{
    private readonly Thread _thread;
    private T? _result;
    private ExceptionDispatchInfo? _failure;

    private Worker(Func<T> work)
    {
        _thread = new Thread(() =>
        {
            try
            {
                _result = work();
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

    public static Worker<T> Start(Func<T> work)
    {
        var worker = new Worker<T>(work);
        worker._thread.Start();
        return worker;
    }

    /// <summary>Waits for the work to end: its result, or what it threw.</summary>
    public T Join()
    {
        _thread.Join();
        _failure?.Throw();
        return _result!;
    }
}
