global using NUnit.Framework;
global using Shouldly;

[assembly: Parallelizable(ParallelScope.Fixtures)]
