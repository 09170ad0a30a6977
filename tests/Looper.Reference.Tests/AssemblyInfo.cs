// Fixtures run side by side on every core (AllocationTests counts the allocations of its own thread only).
[assembly: NUnit.Framework.Parallelizable(NUnit.Framework.ParallelScope.Fixtures)]
