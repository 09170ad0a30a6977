@stage-6
Feature: Failures
  A coroutine can go wrong: it can throw, or run out of futures. Either way its task fails and the loop
  goes on with the others. Calls to the contract with a missing argument are refused at once.

  @sc-fail-01 @FAIL-1 @LOG-3 @erratum-E8
  Scenario: A coroutine that throws fails its task, and the other tasks go on
    Given a coroutine "A" that yields:
      | status                |
      | InProgress            |
      | throws "disk on fire" |
    And a coroutine "B" that is in progress for 3 steps and then finishes with "b"
    And the coroutines "A" and "B" are added to the looper
    When the looper runs until complete
    Then the task of "A" failed with the exception "disk on fire"
    And the task of "B" finished with "b"
    And an Error was logged with the exception "disk on fire"

  @sc-fail-02 @FAIL-2 @erratum-E1
  Scenario: A coroutine that runs out of futures fails its task with no result
    Given a coroutine "A" that yields:
      | status     |
      | InProgress |
      | ends       |
    And a coroutine "B" that is in progress for 3 steps and then finishes with "b"
    And the coroutines "A" and "B" are added to the looper
    When the looper runs until complete
    Then the task of "A" is:
      | status | Failed |
      | result |        |
      | kill   | no     |
      | paused | yes    |
    And "A" was stepped 2 times
    And the task of "B" finished with "b"

  @sc-fail-03 @FAIL-2
  Scenario: A coroutine that ends without yielding anything fails at its first step
    Given a coroutine "A" that ends without yielding
    And "A" is added to the looper
    When the looper runs until complete
    Then the task of "A" is:
      | status | Failed |
      | result |        |
      | paused | yes    |
    And "A" was stepped 1 time

  @sc-fail-04 @FAIL-3
  Scenario Outline: A missing argument is refused with ArgumentNullException
    When <member> is called with a null <argument>
    Then it is rejected with an ArgumentNullException

    Examples:
      | member            | argument      |
      | AddTask           | coroutine     |
      | GetTask           | coroutine     |
      | KillTask          | coroutine     |
      | CreateLooper      | time provider |
      | CreateLooper      | logger        |
      | CreateWait        | time provider |
      | CreateWait        | logger        |
      | CreateWaitWrapper | callback      |
      | CreateWaitWrapper | looper        |
      | CreateWaitWrapper | time provider |
      | CreateWaitWrapper | logger        |
