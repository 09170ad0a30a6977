@hidden @stage-2
Feature: Hidden checks of the loop
  Scenarios learners do not see: the grader runs them from this folder, which stays out of the learner's
  repository. They use the suite's own step vocabulary.

  @sc-hidden-01 @LOOP-2 @LOOP-4
  Scenario: A task that finishes early drops out of the rounds while the others go on in order
    Given a coroutine "A" that is in progress for 1 step and then finishes with "a"
    And a coroutine "B" that is in progress for 3 steps and then finishes with "b"
    And a coroutine "C" that is in progress for 2 steps and then finishes with "c"
    And the coroutines "A", "B" and "C" are added to the looper
    When the looper runs until complete
    Then the steps were A 1, B 1, C 1, A 2, B 2, C 2, B 3, C 3, B 4
    And the task of "A" finished with "a"
    And the task of "B" finished with "b"

  @sc-hidden-02 @LOOP-7 @LOG-2
  Scenario: An empty looper run twice returns twice and says so twice
    When the looper runs until complete
    And the looper runs until complete
    Then "Loop finished" was logged at Information twice
