"""Measurements of the grader (``make bench``); they measure and never assert."""
