@stage-4
Feature: Kill and cull
  Killing a task only marks it. At the end of the round the cull removes every marked task and lets go of
  its coroutine. A marked task is never stepped again.

  @sc-kill-01 @KILL-1 @KILL-3
  Scenario: A killed task is removed at the end of the round
    Given a coroutine "B" that is in progress for 5 steps and then finishes with "b"
    And a coroutine "A" that yields:
      | action   | status     |
      | kill "B" | InProgress |
      |          | Finished   |
    And the coroutines "B" and "A" are added to the looper
    When the looper runs until complete
    Then the steps were B 1, A 1, A 2
    And there is no task for "B"

  @sc-kill-02 @KILL-2 @erratum-E4
  Scenario: A task killed earlier in the round is not stepped later in that round
    Given a coroutine "B" that is in progress for 5 steps and then finishes with "b"
    And a coroutine "A" that yields:
      | action   | status     |
      | kill "B" | InProgress |
      |          | Finished   |
    And the coroutines "A" and "B" are added to the looper
    When the looper runs until complete
    Then "B" was never stepped
    And there is no task for "B"

  @sc-kill-03 @KILL-2
  Scenario: A task that kills itself keeps the mark and is not stepped again
    Given a coroutine "A" that yields:
      | action   | status     |
      | kill "A" | InProgress |
      |          | InProgress |
    And a coroutine "B" that is in progress for 2 steps and then finishes with "b"
    And the coroutines "A" and "B" are added to the looper
    When the looper runs until complete
    Then "A" was stepped 1 time
    And there is no task for "A"

  @sc-kill-04 @KILL-4 @erratum-E3
  Scenario: The cull disposes the coroutine of a killed task
    Given a coroutine "B" that is in progress for 5 steps and then finishes with "b"
    And a coroutine "A" that yields:
      | action   | status   |
      | kill "B" | Finished |
    And the coroutines "B" and "A" are added to the looper
    When the looper runs until complete
    Then "B" was disposed
    And "A" was not disposed

  @sc-kill-05 @KILL-4 @LOG-4
  Scenario: A coroutine that throws when disposed is still culled, and the loop goes on
    Given a coroutine "B" that is in progress for 5 steps and then finishes with "b"
    And disposing "B" throws "cannot clean up"
    And a coroutine "A" that yields:
      | action   | status     |
      | kill "B" | InProgress |
      |          | Finished   |
    And the coroutines "B" and "A" are added to the looper
    When the looper runs until complete
    Then there is no task for "B"
    And the task of "A" is Finished
    And an Error was logged with the exception "cannot clean up"

  @sc-kill-06 @KILL-5 @erratum-E5
  Scenario: A task killed while still queued is culled before it is ever stepped
    Given a coroutine "B" that finishes with "b"
    And a coroutine "A" that yields:
      | action            | status     |
      | add "B"; kill "B" | InProgress |
      |                   | Finished   |
    And "A" is added to the looper
    When the looper runs until complete
    Then "B" was never stepped
    And there is no task for "B"

  @sc-kill-07 @KILL-5 @KILL-3
  Scenario: A task killed before the loop starts is culled at its start
    Given a coroutine "A" that finishes with "a"
    And "A" is added to the looper
    And "A" is killed
    When the looper runs until complete
    Then "A" was never stepped
    And there is no task for "A"

  @sc-kill-08 @KILL-6
  Scenario: Killing twice, killing the unknown and killing the culled do nothing
    Given a coroutine "A" that is in progress for 1 step and then finishes with "a"
    And a coroutine "stranger" that finishes with "s"
    And a coroutine "K" that yields:
      | action                    | status     |
      | kill "A"; kill "A"        | InProgress |
      | kill "A"; kill "stranger" | Finished   |
    And the coroutines "A" and "K" are added to the looper
    When the looper runs until complete
    And "stranger" is killed
    And "A" is killed
    Then there is no task for "A"
    And the task of "K" is Finished
    And "stranger" was never stepped

  @sc-kill-09 @KILL-7
  Scenario: A task that yields the kill mark itself is culled at the end of that round
    Given a coroutine "A" that yields:
      | status     | kill | result |
      | InProgress | no   |        |
      | Finished   | yes  | bye    |
    And a coroutine "B" that yields:
      | action      | status     |
      | look up "A" | InProgress |
      | look up "A" | InProgress |
      | look up "A" | Finished   |
    And the coroutines "A" and "B" are added to the looper
    When the looper runs until complete
    Then "B" saw the task of "A" as, in order:
      | task                         |
      | InProgress                   |
      | Finished (result: bye, kill) |
      | nothing                      |
    And "A" was disposed

  @sc-kill-10 @KILL-8
  Scenario: Killing a finished task removes it and its result
    Given a coroutine "A" that finishes with "a"
    And "A" is added to the looper
    When the looper runs until complete
    And "A" is killed
    And the looper runs until complete
    Then there is no task for "A"
    And "A" was stepped 1 time

  @sc-kill-11 @KILL-6 @KILL-4
  Scenario: A task killed twice before the cull is disposed once
    Given a coroutine "B" that is in progress for 5 steps and then finishes with "b"
    And disposing "B" throws "cannot clean up"
    And a coroutine "A" that yields:
      | action             | status     |
      | kill "B"; kill "B" | InProgress |
      |                    | Finished   |
    And the coroutines "B" and "A" are added to the looper
    When the looper runs until complete
    Then there is no task for "B"
    And an Error was logged with the exception "cannot clean up"

  @sc-kill-12 @KILL-7 @LOOKUP-4
  Scenario: A task that yields its last future again, now with the kill mark, is culled at the end of that round
    Given a coroutine "A" that yields:
      | status     | kill |
      | InProgress | no   |
      | InProgress | yes  |
      | InProgress | no   |
    And a coroutine "B" that yields:
      | action      | status     |
      | look up "A" | InProgress |
      | look up "A" | InProgress |
      | look up "A" | Finished   |
    And the coroutines "A" and "B" are added to the looper
    When the looper runs until complete
    Then "B" saw the task of "A" as, in order:
      | task              |
      | InProgress        |
      | InProgress (kill) |
      | nothing           |
    And "A" was stepped 2 times
