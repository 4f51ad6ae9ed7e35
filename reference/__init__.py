"""Reference solution of the lesson "Aprendizaje": the contract every notebook and suite relies on."""

from reference.data import get_data_from_a_line
from reference.losses import AE_loss, MAE_loss, MSE_loss, SE_loss
from reference.model import line_model
from reference.training import loss_rate_of_change_m, train_all_points, train_random_point

GRADED_FUNCTIONS: tuple[str, ...] = (
    "get_data_from_a_line",
    "line_model",
    "AE_loss",
    "SE_loss",
    "MAE_loss",
    "MSE_loss",
    "loss_rate_of_change_m",
    "train_random_point",
    "train_all_points",
)
"""The nine exercises, in the order the lesson introduces them."""

__all__ = [
    "GRADED_FUNCTIONS",
    "AE_loss",
    "MAE_loss",
    "MSE_loss",
    "SE_loss",
    "get_data_from_a_line",
    "line_model",
    "loss_rate_of_change_m",
    "train_all_points",
    "train_random_point",
]
