@stage-3
Feature: Adding tasks while the loop runs
  A task may add new tasks while the loop runs. New tasks wait in a queue and join the loop between rounds,
  after the tasks already there, so a round never changes under the loop's feet.

  @sc-add-01 @ADD-1 @ADD-2
  Scenario: A task added during a round is first stepped in the next round
    Given a coroutine "B" that is in progress for 1 step and then finishes with "b"
    And a coroutine "A" that yields:
      | action  | status     |
      | add "B" | InProgress |
      |         | InProgress |
      |         | Finished   |
    And "A" is added to the looper
    When the looper runs until complete
    Then the steps were A 1, A 2, B 1, A 3, B 2

  @sc-add-02 @ADD-3
  Scenario: Tasks added in a round join after the older tasks, in the order they were added
    Given a coroutine "B" that finishes with "b"
    And a coroutine "C" that finishes with "c"
    And a coroutine "D" that is in progress for 1 step and then finishes with "d"
    And a coroutine "A" that yields:
      | action           | status     |
      | add "B"; add "C" | InProgress |
      |                  | Finished   |
    And the coroutines "A" and "D" are added to the looper
    When the looper runs until complete
    Then the steps were A 1, D 1, A 2, D 2, B 1, C 1

  @sc-add-03 @ADD-4
  Scenario: Tasks can add tasks that add tasks, to any depth
    Given a coroutine "D" that finishes with "bottom"
    And a coroutine "C" that yields:
      | action  | status   | result |
      | add "D" | Finished | c      |
    And a coroutine "B" that yields:
      | action  | status   | result |
      | add "C" | Finished | b      |
    And a coroutine "A" that yields:
      | action  | status   | result |
      | add "B" | Finished | a      |
    And "A" is added to the looper
    When the looper runs until complete
    Then the steps were A 1, B 1, C 1, D 1
    And the task of "D" finished with "bottom"

  @sc-add-04 @ADD-5 @ADD-2
  Scenario: The loop goes on with new tasks after every older task has finished
    Given a coroutine "B" that is in progress for 2 steps and then finishes with "b"
    And a coroutine "A" that yields:
      | action  | status   | result |
      | add "B" | Finished | a      |
    And "A" is added to the looper
    When the looper runs until complete
    Then the steps were A 1, B 1, B 2, B 3
    And the task of "B" finished with "b"

  @sc-add-05 @ADD-2 @ADD-3
  Scenario: Tasks added before the loop starts join at its start, in the order they were added
    Given a coroutine "A" that finishes with "a"
    And a coroutine "B" that finishes with "b"
    And a coroutine "C" that finishes with "c"
    And the coroutines "C", "A" and "B" are added to the looper
    When the looper runs until complete
    Then the steps were C 1, A 1, B 1

  @sc-add-06 @ADD-1 @erratum-E6
  Scenario: Adding tasks during a round does not disturb the rest of that round
    Given a coroutine "X" that finishes with "x"
    And a coroutine "Y" that finishes with "y"
    And a coroutine "A" that yields:
      | action           | status   | result |
      | add "X"; add "Y" | Finished | a      |
    And a coroutine "B" that is in progress for 1 step and then finishes with "b"
    And the coroutines "A" and "B" are added to the looper
    When the looper runs until complete
    Then the steps were A 1, B 1, B 2, X 1, Y 1

  @sc-add-07 @ADD-6
  Scenario: Adding a coroutine that a task already holds is refused
    Given a coroutine "A" that is in progress for 1 step and then finishes with "a"
    And "A" is added to the looper
    When "A" is added to the looper again
    And the looper runs until complete
    Then it is rejected with an InvalidOperationException
    And "A" was stepped 2 times

  @sc-add-08 @ADD-6 @KILL-3
  Scenario: Once its task has been culled, a coroutine may be added again
    Given a coroutine "A" that is in progress for 3 steps and then finishes with "a"
    And "A" is added to the looper
    And "A" is killed
    When the looper runs until complete
    And "A" is added to the looper again
    Then it is accepted
    And the task of "A" is Pending

  @sc-add-09 @ADD-2 @LOOP-2
  Scenario: A task added during a round is admitted once, and then stepped once per round
    Given a coroutine "B" that is in progress for 2 steps and then finishes with "b"
    And a coroutine "A" that yields:
      | action  | status     |
      | add "B" | InProgress |
      |         | InProgress |
      |         | InProgress |
      |         | Finished   |
    And "A" is added to the looper
    When the looper runs until complete
    Then the steps were A 1, A 2, B 1, A 3, B 2, A 4, B 3

  @sc-add-10 @ADD-2 @ADD-3
  Scenario: Tasks added by two tasks of one round join after every older task, in the order they were added
    Given a coroutine "C" that is in progress for 1 step and then finishes with "c"
    And a coroutine "D" that is in progress for 1 step and then finishes with "d"
    And a coroutine "A" that yields:
      | action  | status     |
      | add "C" | InProgress |
      |         | Finished   |
    And a coroutine "B" that yields:
      | action  | status     |
      | add "D" | InProgress |
      |         | Finished   |
    And the coroutines "A" and "B" are added to the looper
    When the looper runs until complete
    Then the steps were A 1, B 1, A 2, B 2, C 1, D 1, C 2, D 2
