// Fixtures run side by side: the quick ones need not wait for the packing of the slow one.
[assembly: Parallelizable(ParallelScope.Fixtures)]
