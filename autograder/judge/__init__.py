"""Pure judging: values in, verdicts out (Spanish feedback for every failed check)."""
