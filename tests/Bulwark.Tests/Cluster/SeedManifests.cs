namespace Bulwark.Tests.Cluster;

/// <summary>
/// The seed guide's two NetworkPolicies ("Use Network Policies"), re-indented as the guide means
/// them, with a frontend and a backend Deployment for them to act on.
/// </summary>
internal static class SeedManifests
{
    public const string DenyAllIngress = """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: deny-all-ingress
        spec:
          podSelector: {}
          policyTypes:
          - Ingress
          ingress: []
        """;

    public const string AllowSpecific = """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: allow-specific
        spec:
          podSelector:
            matchLabels:
              app: backend
          ingress:
          - from:
            - podSelector:
                matchLabels:
                  app: frontend
            ports:
            - port: 8080
        """;

    public const string Workloads = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: frontend
        spec:
          template:
            metadata:
              labels:
                app: frontend
            spec:
              containers:
              - name: web
                image: web:1.0
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: backend
        spec:
          template:
            metadata:
              labels:
                app: backend
            spec:
              containers:
              - name: api
                image: api:1.0
        """;

    public static string Join(params string[] documents) => string.Join("\n---\n", documents);
}
