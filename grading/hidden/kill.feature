@hidden @stage-4
Feature: Hidden checks of kill and cull
  Scenarios learners do not see: the grader runs them from this folder, which stays out of the learner's
  repository.

  @sc-hidden-04 @KILL-5 @KILL-3 @LOOKUP-3
  Scenario: A task killed while it is still queued is culled when the loop starts and is never stepped
    Given a coroutine "A" that is in progress for 2 steps and then finishes with "a"
    And a coroutine "B" that finishes with "b"
    And the coroutines "A" and "B" are added to the looper
    And "A" is killed
    When the looper runs until complete
    Then "A" was never stepped
    And there is no task for "A"
    And the task of "B" finished with "b"
