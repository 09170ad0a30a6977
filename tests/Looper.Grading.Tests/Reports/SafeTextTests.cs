using Looper.Grading.Reports;

namespace Looper.Grading.Tests.Reports;

/// <summary>Check that text a submission produced is made safe for every report: escaped, repaired and capped.</summary>
public sealed class SafeTextTests
{
    [Test]
    public void Environment_values_of_six_characters_or_more_and_any_secret_looking_one_are_scrubbed()
    {
        var values = SafeText.ValuesToScrub(new Dictionary<string, string>
        {
            ["HIDDEN_SCENARIOS_TOKEN"] = "ghp_abc",
            ["API_KEY"] = "k3y",
            ["LANG"] = "C.UTF-8",
            ["SHELL"] = "sh",
            ["PWD"] = Path.GetTempPath().TrimEnd(Path.DirectorySeparatorChar),
        });

        values.ShouldBe(["ghp_abc", "C.UTF-8", "k3y"], ignoreOrder: true);
        SafeText.Scrub("token ghp_abc, key k3y, locale C.UTF-8, shell sh", values)
            .ShouldBe($"token {SafeText.ScrubNotice}, key {SafeText.ScrubNotice}, locale {SafeText.ScrubNotice}, shell sh");
    }

    [Test]
    public void Clean_removes_the_value_of_a_variable_of_the_graders_environment()
    {
        var (name, value) = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .Select(entry => ((string)entry.Key, entry.Value as string ?? string.Empty))
            .Where(variable => variable.Item2.Length >= SafeText.SecretMinimumLength && !Path.IsPathFullyQualified(variable.Item2))
            .FirstOrDefault();
        Assume.That(name, Is.Not.Null, "The test process has no environment value of 6 characters or more that is not a path.");

        var cleaned = SafeText.Clean($"the submission printed {value} here")!;

        cleaned.ShouldNotContain(value);
        cleaned.ShouldContain(SafeText.ScrubNotice);
    }

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
