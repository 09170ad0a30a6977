Feature: Futures
  A coroutine hands back a future at every step: a status, a result, a kill mark and a paused mark.
  The looper keeps the latest future of every task and reads it to decide whether to step the task again.

  @sc-fut-01 @stage-1 @FUT-1 @FUT-2
  Scenario: A task that was just added is pending, with no result and no marks
    Given a coroutine "A" that finishes with "done"
    When "A" is added to the looper
    Then the task of "A" is:
      | status | Pending |
      | result |         |
      | kill   | no      |
      | paused | no      |
    And "A" was never stepped

  @sc-fut-02 @stage-2 @FUT-3 @LOOP-4
  Scenario: A paused task is not actionable, even while in progress
    Given a coroutine "A" that yields:
      | status     | paused |
      | InProgress | yes    |
      | InProgress | no     |
    And "A" is added to the looper
    When the looper runs until complete
    Then "A" was stepped 1 time
    And the task of "A" is:
      | status | InProgress |
      | paused | yes        |

  @sc-fut-03 @stage-2 @FUT-3
  Scenario: A pending task that is not paused stays actionable
    Given a coroutine "A" that yields:
      | status   |
      | Pending  |
      | Pending  |
      | Finished |
    And "A" is added to the looper
    When the looper runs until complete
    Then "A" was stepped 3 times

  @sc-fut-04 @stage-2 @FUT-3 @KILL-7
  Scenario: A task whose future carries the kill mark is not stepped again
    Given a coroutine "A" that yields:
      | status     | kill |
      | InProgress | yes  |
      | InProgress | no   |
    And "A" is added to the looper
    When the looper runs until complete
    Then "A" was stepped 1 time

  @sc-fut-05 @stage-2 @FUT-4
  Scenario: A looked-up task is a snapshot that does not follow the task
    Given a coroutine "A" that is in progress for 1 step and then finishes with "done"
    And "A" is added to the looper
    When the task of "A" is looked up and kept as "before"
    And the looper runs until complete
    Then the task kept as "before" is still Pending
    And the task of "A" finished with "done"

  @sc-fut-06 @stage-3 @FUT-2 @ADD-2
  Scenario: A task admitted between rounds is still pending until its first step
    Given a coroutine "B" that is in progress for 1 step and then finishes with "b"
    And a coroutine "A" that yields:
      | action               | status     |
      | add "B"; look up "B" | InProgress |
      | look up "B"          | InProgress |
      | look up "B"          | Finished   |
    And "A" is added to the looper
    When the looper runs until complete
    Then "A" saw the task of "B" as, in order:
      | task       |
      | Pending    |
      | Pending    |
      | InProgress |

  @sc-fut-07 @stage-6 @LOG-4 @FAIL-2
  Scenario: A task that fails because its coroutine ran out of futures logs nothing at Warning or above
    Given a coroutine "A" that yields:
      | status     |
      | InProgress |
      | ends       |
    And "A" is added to the looper
    When the looper runs until complete
    Then the task of "A" is Failed
    And nothing was logged at Warning or above
