using Looper.Grading.Configuration;
using Looper.Grading.Tests.Fixtures;

namespace Looper.Grading.Tests.Configuration;

public sealed class GradingConfigFileTests
{
    [Test]
    public void An_empty_config_keeps_every_built_in_value()
    {
        var config = GradingConfigFile.Parse("{}", "/course/grading.json");

        config.TagPoints.ShouldBe(GradingConfig.Default.TagPoints);
        config.ScenarioTimeout.ShouldBe(TimeSpan.FromSeconds(10));
        config.StepBudget.ShouldBe(10_000);
        config.HiddenDirectory.ShouldBeNull();
        config.SourcePath.ShouldBe(Path.GetFullPath("/course/grading.json"));
    }

    [Test]
    public void The_repository_config_gives_each_stage_the_points_of_the_spec_stage_table()
    {
        var path = RepositoryFiles.PathOf("grading/grading.json");
        var config = GradingConfigFile.Parse(File.ReadAllText(path), path);

        config.TagPoints.ShouldBe(GradingConfig.Default.TagPoints);
    }

    [Test]
    public void Settings_override_the_built_in_values_and_folders_are_relative_to_the_file()
    {
        var config = GradingConfigFile.Parse(
            """
            {
              // comments and trailing commas are allowed
              "points": { "stage-2": 5, "extension": 1, },
              "scenarioPoints": { "sc-loop-01": 10 },
              "hidden": { "directory": "secret", "visibility": "hidden" },
              "timeouts": { "scenarioSeconds": 0.5, "runSeconds": 30 },
              "output": { "scenarioLimit": 100 },
              "stepBudget": 50000,
              "relaunches": 0
            }
            """,
            "/course/grading.json");

        config.TagPoints["stage-2"].ShouldBe(5);
        config.TagPoints["stage-1"].ShouldBe(1);
        config.TagPoints["extension"].ShouldBe(1);
        config.ScenarioPoints["sc-loop-01"].ShouldBe(10);
        config.HiddenDirectory.ShouldBe(Path.GetFullPath("/course/secret"));
        config.HiddenVisibility.ShouldBe("hidden");
        config.ScenarioTimeout.ShouldBe(TimeSpan.FromMilliseconds(500));
        config.RunTimeout.ShouldBe(TimeSpan.FromSeconds(30));
        config.ScenarioOutputLimit.ShouldBe(100);
        config.StepBudget.ShouldBe(50_000);
        config.Relaunches.ShouldBe(0);
    }

    [TestCase("{ \"pionts\": {} }", "'$.pionts' is not a setting the grader knows")]
    [TestCase("{ \"points\": { \"stage-1\": \"two\" } }", "has the wrong type")]
    [TestCase("{ \"points\": { \"stage-x\": 1 } }", "'stage-x', which is not a tag")]
    [TestCase("{ \"points\": { \"stage-1\": -1 } }", "\"points.stage-1\" is -1; points must be 0 or more")]
    [TestCase("{ \"hidden\": { \"visibility\": \"secret\" } }", "use one of hidden, after_due_date, after_published, visible")]
    [TestCase("{ \"timeouts\": { \"scenarioSeconds\": 0 } }", "\"timeouts.scenarioSeconds\" is 0")]
    [TestCase("{ \"relaunches\": -2 }", "\"relaunches\" is -2")]
    [TestCase("{ \"stepBudget\": 0 }", "\"stepBudget\" is 0; use a whole number of calls from 1 to 100000000")]
    [TestCase("{ \"stepBudget\": 100000001 }", "\"stepBudget\" is 100000001; use a whole number of calls from 1 to 100000000")]
    [TestCase("{ \"stepBudget\": 2.5 }", "has the wrong type")]
    [TestCase("{ \"points\": ", "is malformed")]
    [TestCase("null", "it is empty")]
    public void A_malformed_config_is_refused_with_what_is_wrong(string json, string expected)
    {
        var problem = Should.Throw<GradingProblemException>(() => GradingConfigFile.Parse(json, "grading.json"));

        problem.Problem.ShouldBe(GradingProblem.BadConfiguration);
        problem.Message.ShouldStartWith("The grading config 'grading.json' ");
        problem.Message.ShouldContain(expected);
    }

    [Test]
    public void A_missing_config_file_is_refused()
    {
        var problem = Should.Throw<GradingProblemException>(() => GradingConfigFile.Load("/no/such/grading.json"));

        problem.Message.ShouldBe("The grading config '/no/such/grading.json' does not exist. Check the path given with --config.");
    }

    [Test]
    public void The_repositorys_grading_config_is_valid_and_names_the_hidden_pack()
    {
        var config = GradingConfigFile.Load(Fixtures.RepositoryFiles.PathOf("grading/grading.json"));

        config.HiddenDirectory.ShouldBe(Fixtures.RepositoryFiles.PathOf("grading/hidden"));
        config.TagPoints.ShouldBe(GradingConfig.Default.TagPoints);
    }
}
