"""Plan review: parse a care plan, run the rubric checks, ground every finding in a clause."""
