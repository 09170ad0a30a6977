@stage-1
Feature: wait and overrun reporting
  wait(duration) is a coroutine that keeps reporting "in progress" until its duration has passed on the
  clock, then finishes and reports by how much it overran. It reads the clock only when it is stepped.

  @sc-wait-01 @notebook @WAIT-5 @WAIT-4 @WAIT-2 @LOG-1
  Scenario: The notebook's run: wait 5 seconds, stepped by hand at 0, 2 and 6 seconds, overruns by 1 second
    Given a wait "W" of 5 seconds
    When "W" is stepped at 0 seconds
    And "W" is stepped at 2 seconds
    And "W" is stepped at 6 seconds
    Then "W" yielded, in order:
      | status     | result   | paused |
      | InProgress |          | no     |
      | InProgress |          | no     |
      | Finished   | 1 second | yes    |
    And the log lines at Information or above were, in order:
      | level       | message                                              |
      | Information | Finished waiting for 5.000000, plus 1.000000 seconds |

  @sc-wait-02 @WAIT-1
  Scenario: The clock starts when the wait is first stepped, not when it is created
    Given a wait "W" of 5 seconds
    And the clock advances 10 seconds
    When "W" is stepped
    And the clock advances 4 seconds
    And "W" is stepped
    And the clock advances 1 second
    And "W" is stepped
    Then "W" yielded, in order:
      | status     | result    | paused |
      | InProgress |           | no     |
      | InProgress |           | no     |
      | Finished   | 0 seconds | yes    |

  @sc-wait-03 @WAIT-2
  Scenario: A zero wait still reports in progress on its first step
    Given a wait "W" of 0 seconds
    When "W" is stepped 2 times
    Then "W" yielded, in order:
      | status     | result    | paused |
      | InProgress |           | no     |
      | Finished   | 0 seconds | yes    |

  @sc-wait-04 @WAIT-3 @WAIT-4
  Scenario: A wait finishes as soon as the elapsed time equals its duration
    Given a wait "W" of 5 seconds
    When "W" is stepped at 0 seconds
    And "W" is stepped at 4.999 seconds
    And "W" is stepped at 5 seconds
    Then "W" yielded, in order:
      | status     | result    | paused |
      | InProgress |           | no     |
      | InProgress |           | no     |
      | Finished   | 0 seconds | yes    |

  @sc-wait-05 @WAIT-3
  Scenario: A wait stays in progress for as long as the clock stands still
    Given a wait "W" of 1 second
    When "W" is stepped 4 times
    Then "W" yielded, in order:
      | status     |
      | InProgress |
      | InProgress |
      | InProgress |
      | InProgress |

  @sc-wait-06 @WAIT-6
  Scenario: A finished wait is exhausted
    Given a wait "W" of 2 seconds
    When "W" is stepped at 0 seconds
    And "W" is stepped at 3 seconds
    Then stepping "W" again finds it exhausted

  @sc-wait-07 @WAIT-7
  Scenario: A negative duration is refused when the wait is created
    When a wait of -1 seconds is created
    Then it is rejected with an ArgumentOutOfRangeException

  @sc-wait-08 @WAIT-7
  Scenario: A zero duration is accepted
    When a wait of 0 seconds is created
    Then it is accepted

  @sc-wait-09 @WAIT-8
  Scenario: A clock turned back only makes the wait last longer
    Given a wait "W" of 5 seconds
    When "W" is stepped at 0 seconds
    And the clock is turned back 3 seconds
    And "W" is stepped
    And the clock advances 7 seconds
    And "W" is stepped
    And the clock advances 1 second
    And "W" is stepped
    Then "W" yielded, in order:
      | status     | result    | paused |
      | InProgress |           | no     |
      | InProgress |           | no     |
      | InProgress |           | no     |
      | Finished   | 0 seconds | yes    |

  @sc-wait-10 @WAIT-4 @WAIT-5
  Scenario Outline: The overrun is the time between the deadline and the step that sees it
    Given a wait "W" of <duration> seconds
    When "W" is stepped at 0 seconds
    And "W" is stepped at <first poll> seconds
    And "W" is stepped at <second poll> seconds
    Then "W" yielded, in order:
      | status     | result    | paused |
      | InProgress |           | no     |
      | <first>    |           | no     |
      | Finished   | <overrun> | yes    |

    Examples:
      | duration | first poll | first      | second poll | overrun      |
      | 3        | 1          | InProgress | 7           | 4 seconds    |
      | 0.5      | 0.25       | InProgress | 0.75        | 0.25 seconds |
      | 10       | 9.5        | InProgress | 10          | 0 seconds    |
      | 5        | 2          | InProgress | 7           | 2 seconds    |

  @sc-wait-11 @WAIT-8
  Scenario: A clock turned back by more than the duration does not end the wait
    Given a wait "W" of 5 seconds
    When "W" is stepped at 0 seconds
    And the clock is turned back 6 seconds
    And "W" is stepped
    And the clock advances 11 seconds
    And "W" is stepped
    Then "W" yielded, in order:
      | status     | result    | paused |
      | InProgress |           | no     |
      | InProgress |           | no     |
      | Finished   | 0 seconds | yes    |

  @sc-wait-12 @WAIT-2 @WAIT-3
  Scenario: A wait that would end after the last date the clock can show still waits
    Given a wait "W" of 300000000000 seconds
    When "W" is stepped at 0 seconds
    And "W" is stepped at 1000 seconds
    Then "W" yielded, in order:
      | status     |
      | InProgress |
      | InProgress |

  @sc-wait-13 @WAIT-3 @WAIT-4 @WAIT-5
  Scenario Outline: One clock tick before its deadline a wait is still in progress; at the deadline and one tick after it has finished
    Given a wait "W" of 5 seconds
    When "W" is stepped at 0 seconds
    And "W" is stepped <when>
    Then "W" yielded, in order:
      | status     | result    | paused   |
      | InProgress |           | no       |
      | <status>   | <overrun> | <paused> |

    Examples:
      | when                    | status     | overrun   | paused |
      | 1 tick before 5 seconds | InProgress |           | no     |
      | at 5 seconds            | Finished   | 0 seconds | yes    |
      | 1 tick after 5 seconds  | Finished   | 1 tick    | yes    |

  @sc-wait-14 @WAIT-3 @WAIT-4 @WAIT-5
  Scenario: A wait that is still in progress one tick before its deadline finishes at its next step, with the overrun that step sees
    Given a wait "W" of 5 seconds
    When "W" is stepped at 2 seconds
    And "W" is stepped 1 tick before 7 seconds
    And "W" is stepped 1 tick after 7 seconds
    Then "W" yielded, in order:
      | status     | result | paused |
      | InProgress |        | no     |
      | InProgress |        | no     |
      | Finished   | 1 tick | yes    |

  @sc-wait-15 @WAIT-9 @WAIT-6
  Scenario: A wait reads the clock once at each step up to its Finished step, and not when it is exhausted
    Given a wait "W" of 5 seconds
    When "W" is stepped at 0 seconds
    And "W" is stepped at 2 seconds
    And "W" is stepped at 6 seconds
    Then "W" yielded, in order:
      | status     | result   | paused |
      | InProgress |          | no     |
      | InProgress |          | no     |
      | Finished   | 1 second | yes    |
    And stepping "W" again finds it exhausted
    And the clock was read 3 times in all

  @sc-wait-16 @WAIT-9 @WAIT-1
  Scenario: Each step of a wait reads the clock once, also while the clock stands still
    Given a wait "W" of 1 second
    When "W" is stepped 4 times
    Then the clock was read 4 times in all

  @sc-wait-17 @WAIT-1
  Scenario: Creating a wait does not read the clock
    Given a wait "W" of 5 seconds
    Then the clock was never read
