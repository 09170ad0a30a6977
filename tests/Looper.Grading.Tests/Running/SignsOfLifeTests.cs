using Looper.Grading.Running;

namespace Looper.Grading.Tests.Running;

/// <summary>The grader's net: a frame always shows life; output does only within its allowance of bytes and periods, so an endless flood is still stopped.</summary>
[TestFixture]
public sealed class SignsOfLifeTests
{
    private long _frames;
    private long _output;

    [SetUp]
    public void Reset() => (_frames, _output) = (0, 0);

    [Test]
    public void A_period_with_neither_a_frame_nor_output_is_no_sign_of_life()
    {
        var life = Watch();

        life.Moved().ShouldBeFalse();
    }

    [Test]
    public void A_frame_shows_life_in_every_period_however_many()
    {
        var life = Watch();

        for (var period = 0; period < 10 * SignsOfLife.OutputPeriods; period++)
        {
            _frames++;
            _output += 1024;
            life.Moved().ShouldBeTrue($"period {period}");
        }

        life.PeriodsCarriedByOutput.ShouldBe(0);
    }

    [Test]
    public void Output_without_frames_carries_only_a_fixed_number_of_periods()
    {
        var life = Watch();

        var carried = Enumerable.Range(0, SignsOfLife.OutputPeriods + 2).Select(_ =>
        {
            _output += 1024 * 1024;
            return life.Moved();
        }).ToList();

        carried.ShouldBe([.. Enumerable.Repeat(true, SignsOfLife.OutputPeriods), false, false]);
    }

    [Test]
    public void Output_beyond_the_allowance_is_no_sign_of_life()
    {
        _output = 5000;
        var life = Watch();
        _output += SignsOfLife.OutputAllowance + 10;
        life.Moved().ShouldBeTrue("the first allowance of output counts");

        _output += 1024 * 1024;

        Assert.Multiple(() =>
        {
            life.Moved().ShouldBeFalse("output past the allowance should not count");
            life.Output.ShouldBe(SignsOfLife.OutputAllowance + 10 + (1024 * 1024));
        });
    }

    [Test]
    public void Output_written_before_the_scenario_does_not_count_toward_its_allowance()
    {
        _output = SignsOfLife.OutputAllowance * 3;
        var life = Watch();

        _output += 1;

        life.Moved().ShouldBeTrue();
    }

    [Test]
    public void A_host_stopped_after_a_flood_is_told_how_its_output_counted()
    {
        var life = Watch();
        _frames++;
        _output += SignsOfLife.OutputAllowance + (1024 * 1024);
        life.Moved().ShouldBeTrue("the frame counts");
        life.Moved().ShouldBeFalse("output past the allowance does not");

        life.OutputNote(TimeSpan.FromSeconds(5)).ShouldBe(
            " It wrote 257 MiB of output during the scenario; output keeps a scenario going for at most 3 periods of 5 s without a call to the suite, and only its first 256 MiB count.");
    }

    [Test]
    public void A_host_stopped_with_a_few_words_of_output_is_not_told_about_output()
    {
        var life = Watch();
        _frames++;
        _output += 20;
        life.Moved().ShouldBeTrue();
        life.Moved().ShouldBeFalse();

        life.OutputNote(TimeSpan.FromSeconds(5)).ShouldBeEmpty();
    }

    private SignsOfLife Watch() => new(() => _frames, () => _output);
}
