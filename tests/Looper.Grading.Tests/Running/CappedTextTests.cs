using Looper.Grading.Running;

namespace Looper.Grading.Tests.Running;

public sealed class CappedTextTests
{
    [Test]
    public void Text_past_the_limit_is_dropped_and_the_drop_is_flagged()
    {
        var text = new CappedText(5);

        text.Append("abc");
        text.Truncated.ShouldBeFalse();
        text.Append("defg");
        text.Append("h");

        text.ToString().ShouldBe("abcde");
        text.Truncated.ShouldBeTrue();
    }

    [Test]
    public void A_limit_of_zero_is_refused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new CappedText(0));

    [TestCase("abc", 5, "abc", false)]
    [TestCase("abcdef", 3, "abc", true)]
    public void Cut_keeps_the_head(string text, int limit, string kept, bool truncated) =>
        CappedText.Cut(text, limit).ShouldBe((kept, truncated));
}
