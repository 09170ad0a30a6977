@stage-5
Feature: Wrapper callbacks
  The wait wrapper runs a callback after a wait. On its first step it adds a wait to the looper as a task
  of its own, then looks that task up on every step. When the wait has finished, it calls the callback once,
  kills the wait's task and finishes with what the callback returned.

  @sc-wrap-01 @notebook @WRAP-5 @WRAP-3 @WRAP-1 @LOG-1 @LOG-2
  Scenario: The notebook's run: the callback runs once, the round after the wait finished, and the wait is culled
    Given a ticker that moves the clock 1 second each round, for 9 rounds
    And a wrapper "R" that waits 5 seconds and then calls back with "Hello, it was worth the wait"
    And "R" is added to the looper
    When the looper runs until complete
    Then the events were, in order:
      | event                                                     |
      | tick 1                                                    |
      | R adds its wait                                           |
      | tick 2                                                    |
      | tick 3                                                    |
      | tick 4                                                    |
      | tick 5                                                    |
      | tick 6                                                    |
      | tick 7                                                    |
      | log: Finished waiting for 5.000000, plus 0.000000 seconds |
      | tick 8                                                    |
      | R calls back                                              |
      | R kills its wait                                          |
      | tick 9                                                    |
      | log: Loop finished                                        |
    And the task of "R" finished with "Hello, it was worth the wait"
    And there is no task for "R's wait"

  @sc-wrap-02 @WRAP-1
  Scenario: On its first step the wrapper adds a wait to the looper and reports in progress
    Given a wrapper "R" that waits 5 seconds and then calls back with "done"
    When "R" is stepped
    Then "R" yielded, in order:
      | status     | paused |
      | InProgress | no     |
    And the task of "R's wait" is Pending

  @sc-wrap-03 @WRAP-2
  Scenario: The wrapper stays in progress while its wait has not finished
    Given a wrapper "R" that waits 5 seconds and then calls back with "done"
    When "R" is stepped 3 times
    Then "R" yielded, in order:
      | status     |
      | InProgress |
      | InProgress |
      | InProgress |
    And the callback of "R" never ran

  @sc-wrap-04 @WRAP-3
  Scenario: The wrapper finishes with what the callback returned, and the callback runs exactly once
    Given a ticker that moves the clock 1 second each round, for 6 rounds
    And a wrapper "R" that waits 2 seconds and then calls back with "42"
    And "R" is added to the looper
    When the looper runs until complete
    Then the task of "R" is:
      | status | Finished |
      | result | 42       |
      | paused | yes      |
    And the callback of "R" ran 1 time
    And there is no task for "R's wait"

  @sc-wrap-05 @WRAP-4
  Scenario: The wrapper fails when its wait's task has disappeared
    Given a wrapper "R" that waits 5 seconds and then calls back with "done"
    And a coroutine "K" that yields:
      | action          | status     |
      |                 | InProgress |
      | kill "R's wait" | Finished   |
    And the coroutines "R" and "K" are added to the looper
    When the looper runs until complete
    Then the task of "R" is:
      | status | Failed |
      | result |        |
      | paused | yes    |
    And the callback of "R" never ran

  @sc-wrap-06 @WRAP-6 @erratum-E7
  Scenario: The wrapper fails with its wait's failure when the wait has failed
    Given a ticker that moves the clock 1 second each round, for 4 rounds
    And the clock fails when read from 2 seconds on
    And a wrapper "R" that waits 5 seconds and then calls back with "done"
    And "R" is added to the looper
    When the looper runs until complete
    Then the task of "R's wait" is Failed
    And the task of "R" failed with an ClockFailedException
    And the callback of "R" never ran

  @sc-wrap-07 @WRAP-6 @FAIL-1
  Scenario: A callback that throws makes the wrapper fail with that exception
    Given a ticker that moves the clock 1 second each round, for 6 rounds
    And a wrapper "R" that waits 2 seconds and then calls back with a callback that throws "no greeting today"
    And "R" is added to the looper
    When the looper runs until complete
    Then the task of "R" failed with the exception "no greeting today"
    And the callback of "R" ran 1 time

  @sc-wrap-08 @WAIT-7 @WRAP-1
  Scenario: A wrapper over a negative wait is refused when it is created
    When a wrapper over a wait of -2 seconds is created
    Then it is rejected with an ArgumentOutOfRangeException

  @sc-wrap-09 @WRAP-1
  Scenario: Creating a wrapper adds nothing to the looper; its first step adds the wait
    Given a coroutine "A" that finishes with "a"
    And "A" is added to the looper
    And a wrapper "R" that waits 0 seconds and then calls back with "done"
    When the looper runs until complete
    And "R" is stepped
    Then the steps were A 1, R adds its wait
    And the task of "R's wait" is Pending

  @sc-wrap-10 @WRAP-3
  Scenario: A callback that returns nothing gives a finished wrapper with no result
    Given a ticker that moves the clock 1 second each round, for 6 rounds
    And a wrapper "R" that waits 2 seconds and then calls back with nothing
    And "R" is added to the looper
    When the looper runs until complete
    Then the task of "R" is:
      | status | Finished |
      | result |          |
      | kill   | no       |
      | paused | yes      |
    And the callback of "R" ran 1 time
