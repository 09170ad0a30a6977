// Fixtures share built and graded submissions (see Fixtures/GradedSubmissions); they may run side by side.
[assembly: Parallelizable(ParallelScope.Fixtures)]
