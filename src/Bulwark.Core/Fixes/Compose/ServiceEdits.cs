using Bulwark.Compose;
using Bulwark.Diagnostics;
using Bulwark.Yaml;

namespace Bulwark.Fixes.Compose;

/// <summary>
/// Edits of a compose service's keys where the value is written. A value written in this file (in the
/// service or a service it <c>extends</c> here) is edited there; new keys go into the service's own
/// mapping. A value inherited from another file is not edited: a scalar is overridden in the
/// service's own mapping (compose lets it win), anything that can only be removed is refused.
/// </summary>
internal static class ServiceEdits
{
    /// <summary>Sets a scalar at <paramref name="keys"/> (e.g. <c>user</c>, <c>logging</c>/<c>driver</c>).</summary>
    public static FixOperation Set(ComposeFixTarget target, FixValue value, params string[] keys) =>
        target.Service.Find(keys) is { } found && target.PathOf(found.Layer).Path is { } layer
            ? FixOperation.Replace(layer.Then(keys), value)
            : FixOperation.Add(target.Own.Then(keys), value);

    /// <summary>Removes the key holding <paramref name="found"/> where it is written.</summary>
    public static ComposeDraft Remove(ComposeFixTarget target, Located found, string key, string title)
    {
        var (layer, refusal) = target.PathOf(found.Layer);
        return layer is null
            ? ComposeDraft.Refuse(title, FixApplicability.Unsafe, refusal!)
            : new ComposeDraft(title, FixApplicability.Unsafe, [FixOperation.Remove(layer.Then(key))]);
    }

    /// <summary>
    /// Removes the last item of the sequence <paramref name="key"/> that <paramref name="match"/>es (the
    /// effective one, as Docker reads options in order), where it is written; the whole key when every
    /// item of that list is <paramref name="disposable"/>, so no empty list is left behind.
    /// </summary>
    public static ComposeDraft? RemoveItem(ComposeFixTarget target, string key, Func<string, bool> match, Func<string, bool> disposable, string title) =>
        OnItem(target, key, match, title, (list, item) =>
            FixOperation.Remove(list is not null && list.Items.All(i => i is YamlScalar s && disposable(s.Value)) ? item.Parent : item));

    /// <summary>Replaces the last item of the sequence <paramref name="key"/> that <paramref name="match"/>es, where it is written.</summary>
    public static ComposeDraft? ReplaceItem(ComposeFixTarget target, string key, Func<string, bool> match, FixValue value, string title) =>
        OnItem(target, key, match, title, (_, item) => FixOperation.Replace(item, value));

    /// <summary>
    /// The operation on the matching item: <paramref name="operation"/> gets the item's list (null for a
    /// lone scalar) and its path (the key's own path for a lone scalar, so its parent is the service).
    /// </summary>
    private static ComposeDraft? OnItem(ComposeFixTarget target, string key, Func<string, bool> match, string title, Func<YamlSequence?, FixPath, FixOperation> operation)
    {
        if (target.Service.Items(key).Where(i => i.Text is { } text && match(text)).Select(i => (Located?)i).LastOrDefault() is not { } item)
        {
            return null;
        }

        var (layer, refusal) = target.PathOf(item.Layer);
        if (layer is null)
        {
            return ComposeDraft.Refuse(title, FixApplicability.Unsafe, refusal!);
        }

        var list = item.Layer.Node[key] as YamlSequence;
        var path = list is null ? layer.Then(key) : layer.Then(key).Then(IndexOf(list, item.Node));
        return new ComposeDraft(title, FixApplicability.Unsafe, [operation(list, path)]);
    }

    private static int IndexOf(YamlSequence list, YamlNode item)
    {
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (ReferenceEquals(list.Items[i], item))
            {
                return i;
            }
        }

        return -1;
    }
}
