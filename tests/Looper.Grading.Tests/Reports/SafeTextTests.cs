using Looper.Grading.Reports;

namespace Looper.Grading.Tests.Reports;

/// <summary>Check that text a submission produced is made safe for every report: escaped, repaired and capped.</summary>
public sealed class SafeTextTests
{
    [Test]
    public void Control_characters_other_than_tab_and_line_ends_become_visible_escapes()
    {
        SafeText.Clean("a\u0000b\u0001c\u001bd\te\nf\rg\u007f").ShouldBe("a\\u0000b\\u0001c\\u001bd\te\nf\rg\\u007f");
    }

    [Test]
    public void Lone_surrogates_become_the_replacement_character_and_pairs_are_kept()
    {
        SafeText.Clean("x\ud800y\udc00z 💥").ShouldBe("x\ufffdy\ufffdz 💥");
    }

    [Test]
    public void A_long_text_is_cut_to_its_limit_with_the_notice_even_when_escapes_make_it_longer()
    {
        var plain = SafeText.Clean(new string('x', 100), 50)!;
        var escaped = SafeText.Clean(new string('\u0001', 100), 50)!;

        plain.Length.ShouldBe(50);
        plain.ShouldEndWith(SafeText.CutNotice);
        escaped.Length.ShouldBeLessThanOrEqualTo(50);
        escaped.ShouldEndWith(SafeText.CutNotice);
        escaped.ShouldStartWith("\\u0001\\u0001");
    }

    [Test]
    public void Text_that_needs_nothing_comes_back_as_it_was()
    {
        SafeText.Clean("ok: «fine» ✓").ShouldBe("ok: «fine» ✓");
        SafeText.Clean(null).ShouldBeNull();
    }
}
