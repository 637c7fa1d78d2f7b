namespace Bulwark.Rules;

/// <summary>CWE and MITRE ATT&amp;CK identifiers the rules cite (the seed cites these first).</summary>
public static class Taxonomy
{
    public const string CweUnnecessaryPrivileges = "CWE-250";
    public const string CweImproperPrivilegeManagement = "CWE-269";
    public const string CweInsufficientlyProtectedCredentials = "CWE-522";
    public const string CweCleartextStorage = "CWE-312";
    public const string CweHardcodedCredentials = "CWE-798";
    public const string CweResourceExhaustion = "CWE-400";
    public const string CweUncontrolledResourceAllocation = "CWE-770";
    public const string CweIncorrectDefaultPermissions = "CWE-276";
    public const string CweIntegrityCheck = "CWE-494";
    public const string CweTrustBoundary = "CWE-829";
    public const string CweImproperIsolation = "CWE-653";
    public const string CweExposedResource = "CWE-668";
    public const string CweLogging = "CWE-779";
    public const string CweMissingAuthorization = "CWE-284";
    public const string CweIrrelevantCode = "CWE-1164";
    public const string CweCodingStandards = "CWE-710";

    public const string MitreDeployContainer = "T1610";
    public const string MitreEscapeToHost = "T1611";
    public const string MitreContainerDiscovery = "T1613";
    public const string MitreImplantImage = "T1525";
    public const string MitreUnsecuredCredentials = "T1552";
    public const string MitreCredentialsInFiles = "T1552.001";
    public const string MitreContainerApi = "T1552.007";
    public const string MitreEndpointDos = "T1499";
    public const string MitreResourceHijacking = "T1496";
    public const string MitreValidAccounts = "T1078";
    public const string MitreIngressTransfer = "T1105";
    public const string MitreImpairDefenses = "T1562";
    public const string MitreNetworkServiceDiscovery = "T1046";
    public const string MitreLateralToolTransfer = "T1570";
    public const string MitreExploitPublicFacing = "T1190";
    public const string MitreSupplyChain = "T1195.002";
}
