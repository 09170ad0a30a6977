Feature: Logging
  The looper and the wait write a few log lines that the spec fixes, word for word and level by level.
  Everything else they log stays at Debug or below.

  @sc-log-01 @LOG-1 @stage-1
  Scenario: A finished wait logs its duration and overrun with six decimals
    Given a wait "W" of 2.5 seconds
    When "W" is stepped at 0 seconds
    And "W" is stepped at 3.25 seconds
    Then the log lines at Information or above were, in order:
      | level       | message                                              |
      | Information | Finished waiting for 2.500000, plus 0.750000 seconds |

  @sc-log-02 @LOG-1 @stage-1
  Scenario: The wait's log line does not depend on the current culture
    Given the current culture is "de-DE"
    And a wait "W" of 1.5 seconds
    When "W" is stepped at 0 seconds
    And "W" is stepped at 2 seconds
    Then the log lines at Information or above were, in order:
      | level       | message                                              |
      | Information | Finished waiting for 1.500000, plus 0.500000 seconds |

  @sc-log-03 @LOG-2 @stage-2
  Scenario: Every run of the loop ends with one "Loop finished" line
    Given a coroutine "A" that finishes with "a"
    And "A" is added to the looper
    When the looper runs until complete
    And the looper runs until complete
    Then the log lines at Information or above were, in order:
      | level       | message       |
      | Information | Loop finished |
      | Information | Loop finished |

  @sc-log-04 @LOG-3 @stage-6
  Scenario: A task that throws is logged at Error with its exception
    Given a coroutine "A" that yields:
      | status              |
      | throws "out of tea" |
    And "A" is added to the looper
    When the looper runs until complete
    Then an Error was logged with the exception "out of tea"

  @sc-log-05 @LOG-4 @stage-2
  Scenario: Loop chatter stays at Debug or below
    Given a coroutine "B" that finishes with "b"
    And a coroutine "A" that yields:
      | action            | status     |
      | add "B"; kill "B" | InProgress |
      | look up "B"       | Finished   |
    And "A" is added to the looper
    When the looper runs until complete
    Then nothing was logged at Warning or above
    And the log lines at Information or above were, in order:
      | level       | message       |
      | Information | Loop finished |

