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

  @sc-kill-13 @KILL-2 @LOOP-2
  Scenario: A task that kills itself keeps its mark, and the tasks before and after it keep their turns
    Given a coroutine "A" that is in progress for 1 step and then finishes with "a"
    And a coroutine "B" that yields:
      | action   | status     |
      | kill "B" | InProgress |
      |          | InProgress |
    And a coroutine "C" that is in progress for 1 step and then finishes with "c"
    And the coroutines "A", "B" and "C" are added to the looper
    When the looper runs until complete
    Then the steps were A 1, B 1, C 1, A 2, C 2
    And there is no task for "B"
    And the task of "A" finished with "a"
    And the task of "C" finished with "c"

  @sc-kill-14 @KILL-3 @LOOP-2
  Scenario: A task that kills an earlier task of the round does not cost the next task its turn
    Given a coroutine "A" that is in progress for 3 steps and then finishes with "a"
    And a coroutine "B" that yields:
      | action   | status     |
      | kill "A" | InProgress |
      |          | Finished   |
    And a coroutine "C" that is in progress for 1 step and then finishes with "c"
    And the coroutines "A", "B" and "C" are added to the looper
    When the looper runs until complete
    Then the steps were A 1, B 1, C 1, B 2, C 2
    And there is no task for "A"
    And the task of "C" finished with "c"

  @sc-kill-15 @KILL-2 @LOOP-2
  Scenario: A task killed later in the round is skipped, and the tasks around it keep their turns
    Given a coroutine "A" that yields:
      | action   | status     |
      | kill "C" | InProgress |
      |          | Finished   |
    And a coroutine "B" that is in progress for 1 step and then finishes with "b"
    And a coroutine "C" that is in progress for 3 steps and then finishes with "c"
    And a coroutine "D" that is in progress for 1 step and then finishes with "d"
    And the coroutines "A", "B", "C" and "D" are added to the looper
    When the looper runs until complete
    Then the steps were A 1, B 1, D 1, A 2, B 2, D 2
    And "C" was never stepped
    And there is no task for "C"

  @sc-kill-16 @KILL-5 @KILL-1
  Scenario: A task killed while still queued shows Pending with the kill mark until the cull
    Given a coroutine "A" that finishes with "a"
    And "A" is added to the looper
    When "A" is killed
    Then the task of "A" is:
      | status | Pending |
      | result |         |
      | kill   | yes     |
      | paused | no      |

  @sc-kill-17 @KILL-5 @LOOKUP-2
  Scenario: A task added and killed in the same round shows Pending with the kill mark, and is gone after the round
    Given a coroutine "B" that finishes with "b"
    And a coroutine "A" that yields:
      | action                        | status     |
      | add "B"; kill "B"; look up "B" | InProgress |
      | look up "B"                   | Finished   |
    And a coroutine "C" that is in progress for 1 step and then finishes with "c"
    And the coroutines "A" and "C" are added to the looper
    When the looper runs until complete
    Then "A" saw the task of "B" as, in order:
      | task           |
      | Pending (kill) |
      | nothing        |
    And the steps were A 1, C 1, A 2, C 2
    And "B" was disposed

  @sc-kill-18 @KILL-8 @KILL-1
  Scenario: A finished task killed while no loop runs shows its result with the kill mark until the next run
    Given a coroutine "A" that finishes with "a"
    And "A" is added to the looper
    When the looper runs until complete
    And "A" is killed
    Then the task of "A" is:
      | status | Finished |
      | result | a        |
      | kill   | yes      |
      | paused | yes      |

  @sc-kill-19 @KILL-8
  Scenario: A failed task killed while no loop runs shows its failure with the kill mark until the next run, which removes it
    Given a coroutine "A" that yields:
      | status | result | paused |
      | Failed | broken | yes    |
    And "A" is added to the looper
    When the looper runs until complete
    And "A" is killed
    And the task of "A" is looked up and kept as "marked"
    And the looper runs until complete
    Then the task kept as "marked" is:
      | status | Failed |
      | result | broken |
      | kill   | yes    |
      | paused | yes    |
    And there is no task for "A"
    And "A" was disposed

  @sc-kill-20 @KILL-8 @KILL-3
  Scenario: A finished task killed by another task during a run shows its result with the kill mark until the end of that round
    Given a coroutine "A" that finishes with "a"
    And a coroutine "K" that yields:
      | action                 | status     |
      |                        | InProgress |
      | kill "A"; look up "A"  | InProgress |
      | look up "A"            | Finished   |
    And the coroutines "A" and "K" are added to the looper
    When the looper runs until complete
    Then "K" saw the task of "A" as, in order:
      | task                               |
      | Finished (result: a, kill, paused) |
      | nothing                            |
    And "A" was stepped 1 time

  @sc-kill-21 @ADD-6 @KILL-1
  Scenario: A coroutine whose task is marked to be killed cannot be added again before the cull
    Given a coroutine "A" that finishes with "a"
    And "A" is added to the looper
    And "A" is killed
    When "A" is added to the looper again
    And the looper runs until complete
    Then it is rejected with an InvalidOperationException
    And "A" was never stepped
    And there is no task for "A"
