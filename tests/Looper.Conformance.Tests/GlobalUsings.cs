global using NUnit.Framework;
global using Shouldly;

// Fixtures run side by side on every core; AgreementTests opts out.
[assembly: Parallelizable(ParallelScope.Fixtures)]
