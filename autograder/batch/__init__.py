"""A class graded as one batch: what is already done, progress, the class summary and report."""
