@stage-2
Feature: The loop and its rounds
  The looper runs in rounds. A round steps every actionable task once, in the order the tasks were added.
  The loop goes on while any task can act, and stops when none can.

  @sc-loop-01 @notebook @LOOP-2 @WAIT-4 @LOG-1 @LOG-2
  Scenario: The notebook's run: waits of 5, 10 and 3 seconds on one loop finish in the order 3, 5, 10
    Given a ticker that moves the clock 0.4 seconds each round, for 30 rounds
    And a wait "five" of 5 seconds
    And a wait "ten" of 10 seconds
    And a wait "three" of 3 seconds
    And the coroutines "five", "ten" and "three" are added to the looper
    When the looper runs until complete
    Then the log lines at Information or above were, in order:
      | level       | message                                               |
      | Information | Finished waiting for 3.000000, plus 0.200000 seconds  |
      | Information | Finished waiting for 5.000000, plus 0.200000 seconds  |
      | Information | Finished waiting for 10.000000, plus 0.000000 seconds |
      | Information | Loop finished                                         |
    And the task of "three" is:
      | status | Finished    |
      | result | 0.2 seconds |
      | paused | yes         |

  @sc-loop-02 @LOOP-1 @LOG-2
  Scenario: A looper with no tasks returns at once
    When the looper runs until complete
    Then the log lines at Information or above were, in order:
      | level       | message       |
      | Information | Loop finished |

  @sc-loop-03 @LOOP-2
  Scenario: Each round steps every actionable task once, in the order they were added
    Given a coroutine "A" that is in progress for 2 steps and then finishes with "a"
    And a coroutine "B" that is in progress for 1 step and then finishes with "b"
    And a coroutine "C" that is in progress for 2 steps and then finishes with "c"
    And the coroutines "A", "B" and "C" are added to the looper
    When the looper runs until complete
    Then the steps were A 1, B 1, C 1, A 2, B 2, C 2, A 3, C 3

  @sc-loop-04 @LOOP-1
  Scenario: The loop keeps stepping a task for as long as it is in progress
    Given a coroutine "A" that is in progress for 50 steps and then finishes with "done"
    And "A" is added to the looper
    When the looper runs until complete
    Then "A" was stepped 51 times
    And the task of "A" finished with "done"

  @sc-loop-05 @LOOP-3 @LOOKUP-4
  Scenario: Stepping a task replaces its record with the future it yielded
    Given a coroutine "A" that yields:
      | status     | result | paused |
      | InProgress | half   | no     |
      | Finished   | whole  | yes    |
    And a coroutine "B" that yields:
      | action      | status     |
      | look up "A" | InProgress |
      | look up "A" | InProgress |
      | look up "A" | Finished   |
    And the coroutines "A" and "B" are added to the looper
    When the looper runs until complete
    Then "B" saw the task of "A" as, in order:
      | task                             |
      | InProgress (result: half)        |
      | Finished (result: whole, paused) |
      | Finished (result: whole, paused) |

  @sc-loop-06 @LOOP-4 @FUT-3
  Scenario: A finished task is not stepped again, even when it is not paused
    Given a coroutine "A" that yields:
      | status     | result | paused |
      | Finished   | early  | no     |
      | InProgress |        | no     |
    And a coroutine "B" that is in progress for 2 steps and then finishes with "b"
    And the coroutines "A" and "B" are added to the looper
    When the looper runs until complete
    Then "A" was stepped 1 time
    And the task of "A" is:
      | status | Finished |
      | result | early    |
      | paused | no       |

  @sc-loop-07 @LOOP-4 @FUT-3
  Scenario: A failed task is not stepped again, even when it is not paused
    Given a coroutine "A" that yields:
      | status     | paused |
      | Failed     | no     |
      | InProgress | no     |
    And a coroutine "B" that is in progress for 2 steps and then finishes with "b"
    And the coroutines "A" and "B" are added to the looper
    When the looper runs until complete
    Then "A" was stepped 1 time
    And the task of "A" is Failed

  @sc-loop-08 @LOOP-5
  Scenario: The loop ends when every remaining task is paused
    Given a coroutine "A" that yields:
      | status     | paused |
      | InProgress | no     |
      | InProgress | yes    |
    And a coroutine "B" that yields:
      | status     | paused |
      | InProgress | no     |
      | InProgress | no     |
      | InProgress | yes    |
    And the coroutines "A" and "B" are added to the looper
    When the looper runs until complete
    Then the steps were A 1, B 1, A 2, B 2, B 3
    And "Loop finished" was logged at Information once

  @sc-loop-09 @LOOP-6
  Scenario: Finished tasks stay in the loop, so their results can be read afterwards
    Given a coroutine "A" that finishes with "a"
    And a coroutine "B" that is in progress for 2 steps and then finishes with "b"
    And the coroutines "A" and "B" are added to the looper
    When the looper runs until complete
    Then the task of "A" finished with "a"
    And the task of "B" finished with "b"

  @sc-loop-10 @LOOP-7 @LOG-2
  Scenario: The loop can run again after it returned, and runs only what can still act
    Given a coroutine "A" that finishes with "a"
    And a coroutine "B" that is in progress for 1 step and then finishes with "b"
    And "A" is added to the looper
    When the looper runs until complete
    And "B" is added to the looper
    And the looper runs until complete
    Then the steps were A 1, B 1, B 2
    And "Loop finished" was logged at Information twice
    And the task of "A" finished with "a"

  @sc-loop-11 @LOOP-8 @FAIL-1
  Scenario: A task that runs the loop again is refused and fails, and the loop goes on
    Given a coroutine "A" that yields:
      | action       | status     |
      | run the loop | InProgress |
    And a coroutine "B" that is in progress for 1 step and then finishes with "b"
    And the coroutines "A" and "B" are added to the looper
    When the looper runs until complete
    Then the task of "A" failed with an InvalidOperationException
    And the task of "B" finished with "b"
    And "Loop finished" was logged at Information once

  @sc-loop-12 @LOOP-9
  Scenario: Every step runs on the thread that called RunUntilComplete
    Given a coroutine "A" that is in progress for 3 steps and then finishes with "a"
    And "A" is added to the looper
    When the looper runs until complete
    Then every step of "A" ran on the thread that ran the looper

  @sc-loop-13 @LOG-4
  Scenario: A run in which nothing fails logs nothing at Warning or above
    Given a ticker that moves the clock 1 second each round, for 4 rounds
    And a wait "W" of 2 seconds
    And a coroutine "A" that is in progress for 2 steps and then finishes with "a"
    And the coroutines "W" and "A" are added to the looper
    When the looper runs until complete
    Then nothing was logged at Warning or above

  @sc-loop-14 @LOOP-2 @WAIT-4
  Scenario: With the clock moving 1 second each round, waits of 5, 10 and 3 seconds finish in rounds 6, 11 and 4 with no overrun
    Given a ticker that moves the clock 1 second each round, for 11 rounds
    And a wait "five" of 5 seconds
    And a wait "ten" of 10 seconds
    And a wait "three" of 3 seconds
    And the coroutines "five", "ten" and "three" are added to the looper
    When the looper runs until complete
    Then the events were, in order:
      | event                                                      |
      | tick 1                                                     |
      | tick 2                                                     |
      | tick 3                                                     |
      | tick 4                                                     |
      | log: Finished waiting for 3.000000, plus 0.000000 seconds  |
      | tick 5                                                     |
      | tick 6                                                     |
      | log: Finished waiting for 5.000000, plus 0.000000 seconds  |
      | tick 7                                                     |
      | tick 8                                                     |
      | tick 9                                                     |
      | tick 10                                                    |
      | tick 11                                                    |
      | log: Finished waiting for 10.000000, plus 0.000000 seconds |
      | log: Loop finished                                         |

  @sc-loop-15 @LOOP-3 @LOOKUP-4
  Scenario: A step that yields no result replaces a record that had one
    Given a coroutine "A" that yields:
      | status     | result | paused |
      | InProgress | half   | no     |
      | InProgress |        | no     |
      | Finished   | whole  | yes    |
    And a coroutine "B" that yields:
      | action      | status     |
      | look up "A" | InProgress |
      | look up "A" | InProgress |
      | look up "A" | Finished   |
    And the coroutines "A" and "B" are added to the looper
    When the looper runs until complete
    Then "B" saw the task of "A" as, in order:
      | task                             |
      | InProgress (result: half)        |
      | InProgress                       |
      | Finished (result: whole, paused) |

  @sc-loop-16 @LOG-2 @LOOP-8
  Scenario: A run refused because the loop is already running logs no "Loop finished" line of its own
    Given a coroutine "A" that yields:
      | action       | status     |
      | run the loop | InProgress |
    And a coroutine "B" that is in progress for 1 step and then finishes with "b"
    And the coroutines "A" and "B" are added to the looper
    When the looper runs until complete
    Then "Loop finished" was logged at Information once
    And the task of "B" finished with "b"

  @sc-loop-17 @LOOP-2 @ADD-1
  Scenario: A task added during a round waits for the next round
    Given a coroutine "B" that finishes with "b"
    And a coroutine "A" that yields:
      | action  | status     |
      | add "B" | InProgress |
      |         | Finished   |
    And a coroutine "C" that is in progress for 1 step and then finishes with "c"
    And the coroutines "A" and "C" are added to the looper
    When the looper runs until complete
    Then the steps were A 1, C 1, A 2, C 2, B 1
