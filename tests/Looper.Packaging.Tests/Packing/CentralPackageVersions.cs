using System.Xml.Linq;

namespace Looper.Packaging.Tests.Packing;

/// <summary>Read package versions from the repository's Directory.Packages.props, so learner projects use the same test stack.</summary>
internal static class CentralPackageVersions
{
    /// <summary>Get the version the repository pins for <paramref name="packageId"/>.</summary>
    public static string Of(string packageId)
    {
        var file = Path.Combine(RepositoryRoot.Path, "Directory.Packages.props");
        var version = XDocument.Load(file).Descendants("PackageVersion")
            .Where(item => string.Equals((string?)item.Attribute("Include"), packageId, StringComparison.OrdinalIgnoreCase))
            .Select(item => (string?)item.Attribute("Version"))
            .SingleOrDefault();
        return version ?? throw new InvalidOperationException($"{file} pins no version of {packageId}; add a PackageVersion for it.");
    }
}
