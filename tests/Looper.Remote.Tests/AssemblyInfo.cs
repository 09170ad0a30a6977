// Fixtures run side by side (most of their time is spent in host processes); SandboxTests opts out.
[assembly: NUnit.Framework.Parallelizable(NUnit.Framework.ParallelScope.Fixtures)]
