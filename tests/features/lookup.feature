@stage-4
Feature: Lookup
  Futures do not update themselves, so code that wants to know how a task is doing asks the looper for
  it again, by handing in the very coroutine object the task was added with.

  @sc-lookup-01 @LOOKUP-1
  Scenario: Lookup goes by the coroutine object, not by equality
    Given a coroutine "A" that finishes with "a"
    And a coroutine "A twin" that equals "A" but is a different object
    And "A" is added to the looper
    When the looper runs until complete
    Then there is no task for "A twin"
    And the task of "A" finished with "a"

  @sc-lookup-02 @LOOKUP-1
  Scenario: Two equal coroutines in the loop are two tasks, each found by its own object
    Given a coroutine "A" that finishes with "first"
    And a coroutine "A twin" that equals "A" but is a different object
    And the coroutines "A" and "A twin" are added to the looper
    When the looper runs until complete
    Then the steps were A 1, A twin 1
    And the task of "A" finished with "first"
    And the task of "A twin" finished with "first"

  @sc-lookup-03 @LOOKUP-2
  Scenario: A task still waiting in the queue can be found, and is pending
    Given a coroutine "B" that finishes with "b"
    And a coroutine "A" that yields:
      | action               | status   | result |
      | add "B"; look up "B" | Finished | a      |
    And "A" is added to the looper
    When the looper runs until complete
    Then "A" saw the task of "B" as, in order:
      | task    |
      | Pending |

  @sc-lookup-04 @LOOKUP-3
  Scenario: A coroutine that was never added has no task
    Given a coroutine "A" that finishes with "a"
    Then there is no task for "A"

  @sc-lookup-05 @LOOKUP-3 @KILL-3 @erratum-E2
  Scenario: A coroutine whose task was culled has no task any more
    Given a coroutine "A" that is in progress for 5 steps and then finishes with "a"
    And a coroutine "K" that yields:
      | action   | status     |
      |          | InProgress |
      | kill "A" | Finished   |
    And the coroutines "A" and "K" are added to the looper
    When the looper runs until complete
    Then there is no task for "A"
    And "A" was stepped 2 times

  @sc-lookup-06 @LOOKUP-4 @KILL-1
  Scenario: A task marked to be killed shows its mark until the cull
    Given a coroutine "B" that is in progress for 5 steps and then finishes with "b"
    And a coroutine "A" that yields:
      | action                | status     |
      | kill "B"; look up "B" | InProgress |
      | look up "B"           | Finished   |
    And the coroutines "B" and "A" are added to the looper
    When the looper runs until complete
    Then "A" saw the task of "B" as, in order:
      | task              |
      | InProgress (kill) |
      | nothing           |

  @sc-lookup-07 @LOOKUP-4
  Scenario: A task looked up by an earlier task of the round still shows its record from the round before
    Given a coroutine "B" that yields:
      | status     | result |
      | InProgress | one    |
      | InProgress | two    |
      | Finished   | three  |
    And a coroutine "A" that yields:
      | action      | status     |
      | look up "B" | InProgress |
      | look up "B" | InProgress |
      | look up "B" | Finished   |
    And the coroutines "A" and "B" are added to the looper
    When the looper runs until complete
    Then "A" saw the task of "B" as, in order:
      | task                     |
      | Pending                  |
      | InProgress (result: one) |
      | InProgress (result: two) |
