using Looper.Conformance;
using Looper.Kata.Exemplars.Stage1;
using Looper.Kata.Exemplars.Stage2;
using Looper.Kata.Exemplars.Stage3;
using Looper.Kata.Exemplars.Stage4;
using Looper.Kata.Exemplars.Stage5;
using Looper.Kata.Exemplars.Stage6;
using NUnit.Framework;

namespace Looper.Kata.Exemplars.Tests;

// Each exemplar runs the scenarios of its stage and of every stage before it, side by side in one test run.
// Test names start with the exemplar's name: "Stage3 / Adding tasks while the loop runs / ...".

[TestFixture, UpToStage(1)]
public sealed class Stage1Conformance : ConformanceSuite<Stage1LooperImplementation>;

[TestFixture, UpToStage(2)]
public sealed class Stage2Conformance : ConformanceSuite<Stage2LooperImplementation>;

[TestFixture, UpToStage(3)]
public sealed class Stage3Conformance : ConformanceSuite<Stage3LooperImplementation>;

[TestFixture, UpToStage(4)]
public sealed class Stage4Conformance : ConformanceSuite<Stage4LooperImplementation>;

[TestFixture, UpToStage(5)]
public sealed class Stage5Conformance : ConformanceSuite<Stage5LooperImplementation>;

[TestFixture, UpToStage(6)]
public sealed class Stage6Conformance : ConformanceSuite<Stage6LooperImplementation>;
