global using NUnit.Framework;
global using Shouldly;

// Fixtures run side by side: most of their time is spent waiting for child builds and test runs.
[assembly: Parallelizable(ParallelScope.Fixtures)]
