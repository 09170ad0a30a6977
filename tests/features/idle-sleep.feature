@extension @stage-6
Feature: Idle sleep (optional extension)
  The core loop busy-polls. With this extension, a looper made by CreateIdleSleepingLooper sleeps between
  rounds when every actionable task has said, through the wake-up time of its future, that it has nothing
  to do before some later time. It sleeps by calling the sleeper it was given, until the earliest of those
  times. These scenarios run only against implementations of IIdleSleepExtension. Their sleeper moves the
  virtual clock to the wake-up time and writes "sleep until N s" in the journal.

  @sc-idle-01 @IDLE-4 @IDLE-1
  Scenario: A lone wait sleeps once, until its deadline, and finishes with no overrun
    Given an idle-sleeping looper
    And a wait "W" of 3 seconds
    And "W" is added to the looper
    When the looper runs until complete
    Then the loop slept until 3 seconds
    And every sleep happened on the thread that ran the looper
    And the log lines at Information or above were, in order:
      | level       | message                                              |
      | Information | Finished waiting for 3.000000, plus 0.000000 seconds |
      | Information | Loop finished                                        |
    And the task of "W" is:
      | status | Finished  |
      | result | 0 seconds |
      | paused | yes       |

  @sc-idle-02 @notebook @IDLE-4 @IDLE-6
  Scenario: The notebook's waits of 5, 10 and 3 seconds sleep until each deadline in turn and finish in the order 3, 5, 10
    Given an idle-sleeping looper
    And a wait "five" of 5 seconds
    And a wait "ten" of 10 seconds
    And a wait "three" of 3 seconds
    And the coroutines "five", "ten" and "three" are added to the looper
    When the looper runs until complete
    Then the loop slept until 3, 5 and 10 seconds
    And the log lines at Information or above were, in order:
      | level       | message                                               |
      | Information | Finished waiting for 3.000000, plus 0.000000 seconds  |
      | Information | Finished waiting for 5.000000, plus 0.000000 seconds  |
      | Information | Finished waiting for 10.000000, plus 0.000000 seconds |
      | Information | Loop finished                                         |

  @sc-idle-03 @IDLE-5
  Scenario: A task with no wake-up time keeps the loop awake until it finishes
    Given an idle-sleeping looper
    And a wait "W" of 3 seconds
    And a coroutine "A" that is in progress for 4 steps and then finishes with "a"
    And the coroutines "W" and "A" are added to the looper
    When the looper runs until complete
    Then the steps were A 1, A 2, A 3, A 4, A 5, sleep until 3 s
    And the task of "W" is Finished

  @sc-idle-04 @IDLE-5
  Scenario Outline: A wake-up time that has already come does not make the loop sleep
    Given an idle-sleeping looper
    And the clock advances 5 seconds
    And a coroutine "A" that yields, with wake-up times:
      | status     | wake at   |
      | InProgress | <wake at> |
      | InProgress | <wake at> |
      | Finished   |           |
    And "A" is added to the looper
    When the looper runs until complete
    Then the loop never slept
    And "A" was stepped 3 times

    Examples:
      | wake at |
      | 2       |
      | 5       |

  @sc-idle-05 @IDLE-4 @IDLE-5 @IDLE-6
  Scenario: The loop sleeps until the earliest wake-up time, then steps every task, even one whose time has not come
    Given an idle-sleeping looper
    And a coroutine "A" that yields, with wake-up times:
      | status     | wake at |
      | InProgress | 2       |
      | InProgress | 2       |
      | Finished   |         |
    And a coroutine "B" that yields, with wake-up times:
      | status     | wake at |
      | InProgress | 5       |
      | InProgress | 5       |
      | InProgress | 5       |
      | Finished   |         |
    And the coroutines "A" and "B" are added to the looper
    When the looper runs until complete
    Then the steps were A 1, B 1, sleep until 2 s, A 2, B 2, A 3, B 3, sleep until 5 s, B 4

  @sc-idle-06 @IDLE-4
  Scenario: Paused, finished and kill-marked tasks do not keep the loop awake
    Given an idle-sleeping looper
    And a coroutine "P" that yields:
      | status     | paused |
      | InProgress | yes    |
    And a coroutine "F" that finishes with "f"
    And a coroutine "K" that yields:
      | status     | kill |
      | InProgress | yes  |
    And a wait "W" of 3 seconds
    And the coroutines "P", "F", "K" and "W" are added to the looper
    When the looper runs until complete
    Then the steps were P 1, F 1, K 1, sleep until 3 s
    And the task of "W" is Finished

  @sc-idle-07 @IDLE-2
  Scenario: A wait wakes at its start plus its duration, at every step until it finishes
    Given a wait "W" of 3 seconds
    When "W" is stepped at 2 seconds
    And "W" is stepped at 4 seconds
    And "W" is stepped at 5 seconds
    Then "W" yielded, in order:
      | status     | result    | paused |
      | InProgress |           | no     |
      | InProgress |           | no     |
      | Finished   | 0 seconds | yes    |
    And the wake-up times "W" yielded were 5 s, 5 s and none

  @sc-idle-08 @notebook @IDLE-3 @IDLE-4
  Scenario: The notebook's wrapper and its wait sleep together until the wait's deadline
    Given an idle-sleeping looper
    And a wrapper "R" that waits 5 seconds and then calls back with "Hello, it was worth the wait"
    And "R" is added to the looper
    When the looper runs until complete
    Then the events were, in order:
      | event                                                     |
      | R adds its wait                                           |
      | sleep until 5 s                                           |
      | log: Finished waiting for 5.000000, plus 0.000000 seconds |
      | R calls back                                              |
      | R kills its wait                                          |
      | log: Loop finished                                        |
    And the task of "R" finished with "Hello, it was worth the wait"

  @sc-idle-09 @IDLE-3 @IDLE-5
  Scenario: A wrapper wakes when its wait wakes, not before its wait has started
    Given an idle-sleeping looper
    And a ticker that moves the clock 1 second each round, for 2 rounds
    And a wrapper "R" that waits 5 seconds and then calls back with "done"
    And "R" is added to the looper
    When the looper runs until complete
    Then the events were, in order:
      | event                                                     |
      | tick 1                                                    |
      | R adds its wait                                           |
      | tick 2                                                    |
      | sleep until 7 s                                           |
      | log: Finished waiting for 5.000000, plus 0.000000 seconds |
      | R calls back                                              |
      | R kills its wait                                          |
      | log: Loop finished                                        |

  @sc-idle-10 @IDLE-6
  Scenario: A sleeper that wakes early costs one more round, then the loop sleeps again until the same time
    Given an idle-sleeping looper
    And the sleeper's first sleep ends 1 second early
    And a wait "W" of 3 seconds
    And "W" is added to the looper
    When the looper runs until complete
    Then the loop slept until 3 and 3 seconds
    And the log lines at Information or above were, in order:
      | level       | message                                              |
      | Information | Finished waiting for 3.000000, plus 0.000000 seconds |
      | Information | Loop finished                                        |

  @sc-idle-11 @IDLE-1
  Scenario: With busy tasks only, an idle-sleeping looper runs exactly as the core loop does
    Given an idle-sleeping looper
    And a coroutine "A" that is in progress for 2 steps and then finishes with "a"
    And a coroutine "B" that is in progress for 1 step and then finishes with "b"
    And the coroutines "A" and "B" are added to the looper
    When the looper runs until complete
    Then the steps were A 1, B 1, A 2, B 2, A 3
    And the loop never slept
    And every step of "A" ran on the thread that ran the looper
    And "Loop finished" was logged at Information once

  @sc-idle-12 @IDLE-1
  Scenario Outline: CreateIdleSleepingLooper refuses a missing argument with ArgumentNullException
    When an idle-sleeping looper is created without its <argument>
    Then it is rejected with an ArgumentNullException

    Examples:
      | argument      |
      | time provider |
      | logger        |
      | sleeper       |

  @sc-idle-13 @IDLE-4
  Scenario: A waiting task killed later in the round it was stepped does not make the loop sleep
    Given an idle-sleeping looper
    And a wait "W" of 3 seconds
    And a coroutine "K" that yields:
      | action   | status   |
      | kill "W" | Finished |
    And the coroutines "W" and "K" are added to the looper
    When the looper runs until complete
    Then the loop never slept
    And there is no task for "W"

  @sc-idle-14 @IDLE-4 @IDLE-5
  Scenario: A task killed while still queued does not keep the loop awake
    Given an idle-sleeping looper
    And a coroutine "X" that finishes with "x"
    And a coroutine "A" that yields, with wake-up times:
      | status     | wake at |
      | InProgress | 2       |
      | Finished   |         |
    And a coroutine "K" that yields:
      | action            | status   |
      | add "X"; kill "X" | Finished |
    And the coroutines "A" and "K" are added to the looper
    When the looper runs until complete
    Then the steps were A 1, K 1, sleep until 2 s, A 2
    And "X" was never stepped

  @sc-idle-15 @IDLE-5 @ADD-2
  Scenario: The loop does not sleep right after admitting a new task, even when every older task could sleep
    Given an idle-sleeping looper
    And a wait "W" of 3 seconds
    And a coroutine "B" that finishes with "b"
    And a coroutine "A" that yields:
      | action  | status   |
      | add "B" | Finished |
    And the coroutines "W" and "A" are added to the looper
    When the looper runs until complete
    Then the steps were A 1, B 1, sleep until 3 s
    And the task of "W" is:
      | status | Finished  |
      | result | 0 seconds |
      | paused | yes       |

  @sc-idle-16 @IDLE-4 @IDLE-5
  Scenario Outline: A wake-up time one tick away makes the loop sleep; one that has come does not
    Given an idle-sleeping looper
    And the clock advances 5 seconds
    And a coroutine "A" that yields, with wake-up times:
      | status     | wake at   |
      | InProgress | <wake at> |
      | Finished   |           |
    And "A" is added to the looper
    When the looper runs until complete
    Then the steps were <steps>

    Examples:
      | wake at   | steps                             |
      | 5.0000001 | A 1, sleep until 5.0000001 s, A 2 |
      | 5         | A 1, A 2                          |
      | 4.9999999 | A 1, A 2                          |

  @sc-idle-17 @IDLE-4
  Scenario: Between rounds the looper reads the clock once to decide to sleep, and calls its sleeper once
    Given an idle-sleeping looper
    And a coroutine "A" that yields, with wake-up times:
      | status     | wake at |
      | InProgress | 2       |
      | Finished   |         |
    And "A" is added to the looper
    When the looper runs until complete
    Then the steps were A 1, sleep until 2 s, A 2
    And the clock was read 1 time in all
