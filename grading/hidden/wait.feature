@hidden @stage-1
Feature: Hidden checks of wait
  Scenarios learners do not see: the grader runs them from this folder, which stays out of the learner's
  repository.

  @sc-hidden-03 @WAIT-3 @WAIT-4
  Scenario: A wait of 2 seconds polled every half second finishes on its fifth step with no overrun
    Given a wait "W" of 2 seconds
    When "W" is stepped at 0 seconds
    And "W" is stepped at 0.5 seconds
    And "W" is stepped at 1 second
    And "W" is stepped at 1.5 seconds
    And "W" is stepped at 2 seconds
    Then "W" yielded, in order:
      | status     | result    | paused |
      | InProgress |           | no     |
      | InProgress |           | no     |
      | InProgress |           | no     |
      | InProgress |           | no     |
      | Finished   | 0 seconds | yes    |
