using Looper.Testing;
using PublicApiGenerator;

namespace Looper.Conformance.Tests.PublicApi;

/// <summary>Pin the public contract, so that any change to it shows up as a reviewed diff of an approved file.</summary>
public sealed class ContractApiTests
{
    [Test]
    public void The_contract_matches_its_approved_public_API() =>
        Approval.Verify(
            typeof(ILooper).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }),
            "spec/Looper.Contract/PublicAPI.approved.txt");

    [Test]
    public void The_conformance_suite_matches_its_approved_public_API() =>
        Approval.Verify(
            typeof(ConformanceSuite<>).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }),
            "tests/Looper.Conformance/PublicAPI.approved.txt");
}
