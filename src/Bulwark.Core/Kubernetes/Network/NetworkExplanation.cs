namespace Bulwark.Kubernetes.Network;

/// <summary>How a workload's pods stand for ingress.</summary>
public enum IngressState
{
    /// <summary>No policy selects the pods for ingress: anything may connect.</summary>
    Open,

    /// <summary>At least one policy selects them: only the allowed peers may connect.</summary>
    Isolated,

    /// <summary>The pods use the node's network, where NetworkPolicies do not apply.</summary>
    HostNetwork,
}

/// <summary>One allowed source: who (peer, resolved to workloads of the scan), on which ports, by which policy.</summary>
public sealed record IngressAllowance(string From, string Ports, string Policy);

public sealed record WorkloadReach(string Workload, IReadOnlyList<string> SelectedBy, IngressState State, IReadOnlyList<IngressAllowance> Allowed);

/// <summary>The picture of one namespace that <c>--explain-network</c> prints.</summary>
public sealed record NetworkExplanation(
    string Namespace,
    int PolicyCount,
    IReadOnlyList<string> DefaultDenyIngress,
    IReadOnlyList<string> DefaultDenyEgress,
    bool OtherPolicyKinds,
    IReadOnlyList<string> InvalidPolicies,
    IReadOnlyList<WorkloadReach> Workloads);
