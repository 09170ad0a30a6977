using Looper.Conformance;
using NUnit.Framework;

namespace Looper.Kata.Tests;

/// <summary>
/// Run the scenarios of the spec against your looper: this one line is the whole plug-in.
/// </summary>
/// <remarks>
/// Every scenario runs by default. To see only the stages you have reached, in the terminal and in your IDE, add
/// <c>[UpToStage(2)]</c> next to <c>[TestFixture]</c>; or leave this file alone and use <c>katas/stage.sh 2</c>.
/// </remarks>
[TestFixture]
public sealed class KataConformance : ConformanceSuite<KataLooperImplementation>;
