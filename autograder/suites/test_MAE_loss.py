"""Hidden checks of ``MAE_loss``: la media del error absoluto (un tensor 0-d)."""

from autograder.judge import loss_cases

globals().update(loss_cases.suite("MAE_loss", "la media del error absoluto (un tensor 0-d)"))
