"""The reference solution reproduces the numbers the original lesson printed.

The lesson's two training loops printed every step. The single-point loop printed each
point it drew (rounded to 4 decimals) together with the predictions and errors at
``m ± Δ`` in full float32 precision; those determine the drawn point exactly, so the loop
can be replayed one point at a time. The all-points loop's data are unknown, but the
errors it printed are known, so a stub loss that returns them checks the update rule and
the sign of the rate independently of the data.

The lesson's listing divides by ``(m−Δ) − (m+Δ)``; its printed outputs correspond to
dividing by ``+2Δ`` (see the seed lesson's README in the shared folder). The outputs are the truth here, and
one group of tests proves that the listing's sign cannot produce them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

import pytest
import torch

from reference import (
    AE_loss,
    MAE_loss,
    get_data_from_a_line,
    line_model,
    loss_rate_of_change_m,
    train_all_points,
    train_random_point,
)

LEARNING_RATE = 1e-3
DELTA = 0.1
B = 0
START_M = 0.8


class PointStep(NamedTuple):
    """One printed step of the single-point loop, plus the drawn point recovered from it."""

    m: float            # "m actual"
    x_printed: float    # the point as printed: tensor(30.6232) ...
    y_printed: float
    pred: float         # "Valor de y predicho"
    pred_minus: float   # ... 'bajando la m'
    err_minus: float
    pred_plus: float    # ... 'aumentando la m'
    err_plus: float
    rate: float         # "Ratio de cambio en la pérdida de m"
    scaled_rate: float  # "... multiplicado por el ratio de aprendizaje"
    x: float            # the float32 point that reproduces every printed number above
    y: float


# Printed by the lesson (cell In [8], AE_loss, lr=1e-3, Δ=0.1, b=0). The last two columns
# are the unique float32 values within the printed 4-decimal rounding that reproduce the
# printed predictions (x) and errors (y) bit for bit; test_recovered_points_are_unique
# re-derives them. (The printed rate of a same-side AE step is ±2Δx/2Δ, which is x only
# up to a few float32 ulps, so x is taken from the predictions rather than from the rate.)
SINGLE_POINT_STEPS: tuple[PointStep, ...] = (
    PointStep(0.8, 30.6232, 14.4707, 24.498546600341797, 21.436227798461914, 6.965547561645508, 27.560863494873047, 13.09018325805664, -30.623178482055664, -0.03062318079173565, 30.62318229675293, 14.470680236816406),  # noqa: E501
    PointStep(0.769376814365387, 43.0127, 20.6768, 33.09295654296875, 28.79168701171875, 8.114866256713867, 37.39422607421875, 16.717405319213867, -43.0126953125, -0.043012697249650955, 43.01267623901367, 20.676820755004883),  # noqa: E501
    PointStep(0.7263641357421875, 39.1849, 13.5660, 28.462520599365234, 24.544029235839844, 10.977991104125977, 32.38101577758789, 18.814977645874023, -39.184932708740234, -0.03918493539094925, 39.18492126464844, 13.566038131713867),  # noqa: E501
    PointStep(0.6871792078018188, 31.9664, 15.2168, 21.96661949157715, 18.769983291625977, 3.5531702041625977, 25.16325569152832, 9.946442604064941, -31.96636199951172, -0.03196636214852333, 31.96636199951172, 15.216813087463379),  # noqa: E501
    PointStep(0.6552128195762634, 13.5681, 9.7940, 8.88999080657959, 7.5331807136535645, 2.260861873626709, 10.246800422668457, 0.4527578353881836, 9.040519714355469, 0.009040520526468754, 13.568096160888672, 9.794042587280273),  # noqa: E501
    PointStep(0.6642533540725708, 19.6427, 6.6395, 13.04770278930664, 11.083436012268066, 4.443950653076172, 15.011969566345215, 8.37248420715332, -19.642667770385742, -0.019642667844891548, 19.64266014099121, 6.6394853591918945),  # noqa: E501
    PointStep(0.6446107029914856, 44.5825, 19.8671, 28.73836898803711, 24.28011703491211, 4.412996292114258, 33.19662094116211, 13.329500198364258, -44.58251953125, -0.04458252340555191, 44.58251953125, 19.86712074279785),  # noqa: E501
    PointStep(0.6000281572341919, 5.9533, 5.3649, 3.572150468826294, 2.9768197536468506, 2.3881027698516846, 4.167480945587158, 1.197441577911377, 5.953305721282959, 0.005953305866569281, 5.953304767608643, 5.364922523498535),  # noqa: E501
    PointStep(0.6059814691543579, 41.3869, 20.8815, 25.079679489135742, 20.940990447998047, 0.059459686279296875, 29.218368530273438, 8.336837768554688, -41.38689041137695, -0.04138689115643501, 41.38687515258789, 20.88153076171875),  # noqa: E501
    PointStep(0.564594566822052, 12.0565, 2.0787, 6.807029724121094, 5.601380825042725, 3.5226950645446777, 8.012679100036621, 5.933993339538574, -12.056490898132324, -0.01205649133771658, 12.05649185180664, 2.078685760498047),  # noqa: E501
    PointStep(0.5525380969047546, 26.0389, 13.7948, 14.387463569641113, 11.783576965332031, 2.011202812194824, 16.991350173950195, 3.19657039642334, -5.926837921142578, -0.00592683814465996, 26.038862228393555, 13.794779777526855),  # noqa: E501
    PointStep(0.5466112494468689, 24.9908, 13.6071, 13.660249710083008, 11.16117000579834, 2.445969581604004, 16.159330368041992, 2.5521907806396484, -0.5311059951782227, -0.0005311060231178999, 24.990795135498047, 13.607139587402344),  # noqa: E501
    PointStep(0.5460801720619202, 15.6467, 7.9297, 8.544330596923828, 6.9796648025512695, 0.9500641822814941, 10.108997344970703, 2.1792683601379395, -6.146020889282227, -0.0061460211873054504, 15.646659851074219, 7.929728984832764),  # noqa: E501
    PointStep(0.5399341583251953, 41.5998, 22.0618, 22.46116065979004, 18.301179885864258, 3.7606449127197266, 26.621143341064453, 4.559318542480469, -3.993368148803711, -0.003993368241935968, 41.599815368652344, 22.061824798583984),  # noqa: E501
    PointStep(0.5359407663345337, 43.6831, 23.9597, 23.411537170410156, 19.043230056762695, 4.9164581298828125, 27.779844284057617, 3.8201560974121094, 5.481510162353516, 0.0054815104231238365, 43.683067321777344, 23.959688186645508),  # noqa: E501
    PointStep(0.5414222478866577, 5.9533, 5.3649, 3.2232515811920166, 2.6279211044311523, 2.737001419067383, 3.81858229637146, 1.5463402271270752, 5.953305721282959, 0.005953305866569281, 5.953304767608643, 5.364922523498535),  # noqa: E501
    PointStep(0.5473755598068237, 4.9472, 2.4668, 2.707984447479248, 2.2132630348205566, 0.2534923553466797, 3.2027058601379395, 0.7359504699707031, -2.412290573120117, -0.0024122907780110836, 4.947214603424072, 2.4667553901672363),  # noqa: E501
    PointStep(0.5449632406234741, 28.4499, 10.2899, 15.504166603088379, 12.659173011779785, 2.3692378997802734, 18.349159240722656, 8.059224128723145, -28.44993019104004, -0.028449932113289833, 28.44993019104004, 10.289935111999512),  # noqa: E501
    PointStep(0.5165132880210876, 28.4499, 10.2899, 14.694766998291016, 11.849774360656738, 1.5598392486572266, 17.53976058959961, 7.249825477600098, -28.44993019104004, -0.028449932113289833, 28.44993019104004, 10.289935111999512),  # noqa: E501
    PointStep(0.48806336522102356, 2.6297, 4.7310, 1.2834376096725464, 1.0204722881317139, 3.7105319499969482, 1.546402931213379, 3.184601306915283, 2.629653215408325, 0.0026296533178538084, 2.6296536922454834, 4.731004238128662),  # noqa: E501
)

SINGLE_POINT_FINAL_ROUNDED = [
    0.8, 0.7694, 0.7264, 0.6872, 0.6552, 0.6643, 0.6446, 0.6000, 0.6060, 0.5646, 0.5525,
    0.5466, 0.5461, 0.5399, 0.5359, 0.5414, 0.5474, 0.5450, 0.5165, 0.4881, 0.4907,
]
"""The lesson's ``print(line_evolution)`` (tensors shown to 4 decimals)."""


class MeanStep(NamedTuple):
    """One printed step of the all-points loop (MAE_loss): its ``m``, mean predictions and errors."""

    m: float
    pred: float
    pred_minus: float
    err_minus: float
    pred_plus: float
    err_plus: float
    rate: float


# Printed by the lesson (cell In [18], MAE_loss, lr=1e-3, Δ=0.1, b=0, 25 steps).
ALL_POINTS_STEPS: tuple[MeanStep, ...] = (
    MeanStep(0.8, 19.94540786743164, 17.452232360839844, 5.587164402008057, 22.438583374023438, 10.409149169921875, -24.10992431640625),  # noqa: E501
    MeanStep(0.7758901119232178, 19.34430503845215, 16.85112953186035, 5.039474964141846, 21.837482452392578, 9.827775001525879, -23.941499710083008),  # noqa: E501
    MeanStep(0.7519485950469971, 18.747400283813477, 16.254226684570312, 4.511997222900391, 21.240575790405273, 9.250459671020508, -23.692312240600586),  # noqa: E501
    MeanStep(0.7282562851905823, 18.156713485717773, 15.663535118103027, 4.003662586212158, 20.649885177612305, 8.679153442382812, -23.37745475769043),  # noqa: E501
    MeanStep(0.7048788070678711, 17.573869705200195, 15.080693244934082, 3.515810251235962, 20.067045211791992, 8.115439414978027, -22.998146057128906),  # noqa: E501
    MeanStep(0.6818806529045105, 17.0004825592041, 14.507308006286621, 3.0508008003234863, 19.493661880493164, 7.560871601104736, -22.55035400390625),  # noqa: E501
    MeanStep(0.6593303084373474, 16.438264846801758, 13.945087432861328, 2.5966920852661133, 18.931440353393555, 7.017102241516113, -22.10205078125),  # noqa: E501
    MeanStep(0.63722825050354, 15.887221336364746, 13.394043922424316, 2.2248544692993164, 18.380399703979492, 6.484143257141113, -21.296443939208984),  # noqa: E501
    MeanStep(0.6159318089485168, 15.3562650680542, 12.863086700439453, 1.9445773363113403, 17.849441528320312, 5.97061014175415, -20.130165100097656),  # noqa: E501
    MeanStep(0.5958016514778137, 14.85438346862793, 12.36120891571045, 1.824526309967041, 17.34756088256836, 5.490510940551758, -18.329923629760742),  # noqa: E501
    MeanStep(0.5774717330932617, 14.39738655090332, 11.904211044311523, 1.8876217603683472, 16.890562057495117, 5.074321746826172, -15.933499336242676),  # noqa: E501
    MeanStep(0.5615382194519043, 14.000136375427246, 11.50696086883545, 2.0608811378479004, 16.49331283569336, 4.723276138305664, -13.31197452545166),  # noqa: E501
    MeanStep(0.5482262372970581, 13.668246269226074, 11.175067901611328, 2.241755485534668, 16.161422729492188, 4.429986953735352, -10.941157341003418),  # noqa: E501
    MeanStep(0.5372850894927979, 13.395462989807129, 10.902286529541016, 2.39502215385437, 15.888640403747559, 4.194331645965576, -8.99654769897461),  # noqa: E501
    MeanStep(0.5282885432243347, 13.171163558959961, 10.677986145019531, 2.5327131748199463, 15.66434097290039, 4.004344940185547, -7.358158588409424),  # noqa: E501
    MeanStep(0.5209304094314575, 12.987710952758789, 10.494536399841309, 2.6467342376708984, 15.480888366699219, 3.848958730697632, -6.01112226715088),  # noqa: E501
    MeanStep(0.5149192810058594, 12.837843894958496, 10.3446683883667, 2.7428925037384033, 15.33102035522461, 3.722017526626587, -4.895625114440918),  # noqa: E501
    MeanStep(0.5100236535072327, 12.71578598022461, 10.222611427307129, 2.821928024291992, 15.208963394165039, 3.6198372840881348, -3.989546298980713),  # noqa: E501
    MeanStep(0.5060341358184814, 12.616321563720703, 10.123144149780273, 2.8898260593414307, 15.109498023986816, 3.5391714572906494, -3.2467269897460938),  # noqa: E501
    MeanStep(0.5027874112129211, 12.535374641418457, 10.04219913482666, 2.948152542114258, 15.028552055358887, 3.473524570465088, -2.6268601417541504),  # noqa: E501
    MeanStep(0.5001605749130249, 12.46988296508789, 9.97670841217041, 2.9964513778686523, 14.963059425354004, 3.4204113483428955, -2.119799852371216),  # noqa: E501
    MeanStep(0.4980407655239105, 12.417032241821289, 9.923856735229492, 3.035428047180176, 14.910208702087402, 3.377549409866333, -1.7106068134307861),  # noqa: E501
    MeanStep(0.4963301718235016, 12.374384880065918, 9.881209373474121, 3.066880464553833, 14.867562294006348, 3.3429620265960693, -1.3804078102111816),  # noqa: E501
    MeanStep(0.4949497580528259, 12.33996868133545, 9.846793174743652, 3.092261552810669, 14.833144187927246, 3.315051794052124, -1.1139512062072754),  # noqa: E501
    MeanStep(0.49383580684661865, 12.312195777893066, 9.819019317626953, 3.112743616104126, 14.805373191833496, 3.2925281524658203, -0.8989226818084717),  # noqa: E501
)
ALL_POINTS_MEAN_Y = 12.053668975830078
"""The printed "Valor medio de y" (constant: the data never change)."""

ALL_POINTS_MEAN_X = ALL_POINTS_STEPS[0].pred / START_M
"""Mean x of the unknown data: with b = 0 the mean prediction is m·mean(x)."""

M_TOL = 1e-6
"""The replayed values of m agree with the printed ones to float32 precision (in practice bit for bit)."""


def _lesson_slope(step: int, m: float) -> Any:
    """``m`` as the lesson held it: a Python float at step 0, a float32 tensor afterwards."""
    return m if step == 0 else torch.tensor(m, dtype=torch.float32)


def _single_row(x: float, y: float) -> torch.Tensor:
    """A one-point data set, so the loop's random draw can only pick the printed point."""
    return torch.tensor([[x, y]], dtype=torch.float32)


def _float32_window(centre: float, half_width: float) -> torch.Tensor:
    """Every float32 value in ``[centre − half_width, centre + half_width]`` (for exhaustive search)."""
    low = torch.tensor(centre - half_width, dtype=torch.float32).view(torch.int32)
    high = torch.tensor(centre + half_width, dtype=torch.float32).view(torch.int32)
    return torch.arange(int(low), int(high) + 1, dtype=torch.int32).view(torch.float32)


# --- single-point loop ---------------------------------------------------------------

@pytest.mark.parametrize("step", range(len(SINGLE_POINT_STEPS)))
def test_recovered_points_are_unique(step: int) -> None:
    """Within the printed rounding, exactly one float32 x gives the printed predictions and one y the errors.

    This justifies replaying the loop with the tabulated points: they are the lesson's data.
    """
    row = SINGLE_POINT_STEPS[step]
    m = _lesson_slope(step, row.m)
    xs = _float32_window(row.x_printed, 5e-5)
    fits_x = (
        (line_model(m - DELTA, B, xs) == row.pred_minus)
        & (line_model(m, B, xs) == row.pred)
        & (line_model(m + DELTA, B, xs) == row.pred_plus)
    )
    assert xs[fits_x].tolist() == [row.x]

    x = torch.tensor(row.x, dtype=torch.float32)
    ys = _float32_window(row.y_printed, 5e-5)
    fits_y = (
        (AE_loss(line_model(m - DELTA, B, x), ys) == row.err_minus)
        & (AE_loss(line_model(m + DELTA, B, x), ys) == row.err_plus)
    )
    assert ys[fits_y].tolist() == [row.y]


@pytest.mark.parametrize("step", range(len(SINGLE_POINT_STEPS)))
def test_printed_rate_and_errors_of_each_step(step: int) -> None:
    """The reference's rate, losses and model give the printed numbers of every step."""
    row = SINGLE_POINT_STEPS[step]
    m = _lesson_slope(step, row.m)
    x = torch.tensor(row.x, dtype=torch.float32)
    y = torch.tensor(row.y, dtype=torch.float32)

    assert line_model(m, B, x).item() == row.pred
    assert AE_loss(line_model(m - DELTA, B, x), y).item() == row.err_minus
    assert AE_loss(line_model(m + DELTA, B, x), y).item() == row.err_plus
    rate = loss_rate_of_change_m(m, B, x, y, DELTA, AE_loss)
    assert rate.item() == pytest.approx(row.rate, abs=M_TOL)
    assert (LEARNING_RATE * rate).item() == pytest.approx(row.scaled_rate, abs=M_TOL)


def test_same_side_rate_is_plus_or_minus_x() -> None:
    """When m±Δ err on the same side of the point, the AE rate is ∓x (up to float32 rounding)."""
    same_side = [
        row for row in SINGLE_POINT_STEPS
        if (row.pred_minus - row.y) * (row.pred_plus - row.y) > 0
    ]
    assert len(same_side) >= 10
    for row in same_side:
        sign = -1.0 if row.pred_minus > row.y else 1.0
        assert row.rate == pytest.approx(sign * row.x, rel=1e-6)


def test_train_random_point_replays_printed_steps() -> None:
    """Chained step to step from its own output, the loop reaches every printed "m actual"."""
    m: Any = START_M
    replayed = [m]
    for row in SINGLE_POINT_STEPS:
        assert m == pytest.approx(row.m, abs=M_TOL)
        evolution = train_random_point(_single_row(row.x, row.y), m, B, LEARNING_RATE, DELTA, 1, AE_loss)
        assert len(evolution) == 2
        assert evolution[0] == m
        m = evolution[1]
        replayed.append(m)
    assert [round(v, 4) for v in replayed] == SINGLE_POINT_FINAL_ROUNDED


def test_train_random_point_replays_on_a_multi_point_data_set() -> None:
    """With several identical-but-one rows the draw still lands on the printed point (steps > 1)."""
    first = SINGLE_POINT_STEPS[17]  # steps 17 and 18 drew the same point
    data = _single_row(first.x, first.y).repeat(5, 1)
    evolution = train_random_point(data, first.m, B, LEARNING_RATE, DELTA, 2, AE_loss)
    assert evolution[1] == pytest.approx(SINGLE_POINT_STEPS[18].m, abs=M_TOL)
    assert evolution[2] == pytest.approx(SINGLE_POINT_STEPS[19].m, abs=M_TOL)


def _numbers(text: str) -> list[float]:
    """Every decimal number in a line of log, as floats."""
    return [float(tok) for tok in re.findall(r"-?\d+(?:\.\d+)?(?:e-?\d+)?", text)]


def test_train_random_point_verbose_log(capsys: pytest.CaptureFixture[str]) -> None:
    """The verbose log shows the current m, the chosen point and the rate, as the lesson's did."""
    row = SINGLE_POINT_STEPS[0]
    train_random_point(_single_row(row.x, row.y), START_M, B, LEARNING_RATE, DELTA, 1, AE_loss, verbose=True)
    lines = capsys.readouterr().out.splitlines()

    m_lines = [line for line in lines if "m actual" in line]
    assert len(m_lines) == 1
    assert START_M in _numbers(m_lines[0])
    assert any({row.x, row.y} <= set(_numbers(line)) for line in lines), "the chosen point is not printed"
    assert any(row.rate in _numbers(line) for line in lines), "the rate is not printed"
    assert any(row.scaled_rate in _numbers(line) for line in lines), "the scaled rate is not printed"
    assert any(row.err_minus in _numbers(line) for line in lines)
    assert any(row.err_plus in _numbers(line) for line in lines)


def test_train_random_point_is_silent_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    """Without verbose the loop prints nothing (a grader calls it many times)."""
    row = SINGLE_POINT_STEPS[0]
    train_random_point(_single_row(row.x, row.y), START_M, B, LEARNING_RATE, DELTA, 3, AE_loss)
    assert capsys.readouterr().out == ""


# --- all-points loop -----------------------------------------------------------------

class PrintedErrors:
    """A stand-in mean loss that answers with the errors the lesson printed.

    Keyed by the mean prediction it receives (the model is linear, so the mean prediction
    identifies the slope the loop tried), which makes it indifferent to call order and to
    extra calls such as the verbose log's. It records each answered prediction.
    """

    def __init__(self, tolerance: float = 1e-4) -> None:
        self.table = [(s.pred_minus, s.err_minus) for s in ALL_POINTS_STEPS]
        self.table += [(s.pred_plus, s.err_plus) for s in ALL_POINTS_STEPS]
        self.tolerance = tolerance
        self.calls: list[float] = []

    def __call__(self, y_pred: torch.Tensor, y_true: torch.Tensor) -> torch.Tensor:
        mean = float(y_pred.mean())
        printed_pred, error = min(self.table, key=lambda entry: abs(entry[0] - mean))
        assert abs(printed_pred - mean) < self.tolerance, f"no printed step predicts a mean of {mean}"
        self.calls.append(printed_pred)
        return torch.tensor(error, dtype=torch.float32)


class ErrorsInCallOrder:
    """A stand-in loss that returns the printed errors pair by pair: (L(m−Δ), L(m+Δ)) for each step."""

    def __init__(self) -> None:
        self.values = [e for s in ALL_POINTS_STEPS for e in (s.err_minus, s.err_plus)]
        self.calls = 0

    def __call__(self, y_pred: Any, y_true: Any) -> torch.Tensor:
        value = self.values[self.calls]
        self.calls += 1
        return torch.tensor(value, dtype=torch.float32)


def _all_points_data(n: int = 50) -> torch.Tensor:
    """Stand-in data with the lesson's mean x and mean y (the stub loss ignores everything else)."""
    return torch.stack((torch.full((n,), ALL_POINTS_MEAN_X), torch.full((n,), ALL_POINTS_MEAN_Y)), dim=1)


def test_stub_premise_mean_predictions_are_linear_in_m() -> None:
    """Every printed mean prediction equals (m, m−Δ, m+Δ)·mean(x): the stub's key is sound."""
    x = torch.tensor(ALL_POINTS_MEAN_X, dtype=torch.float32)
    for step in ALL_POINTS_STEPS:
        assert float(line_model(step.m, B, x)) == pytest.approx(step.pred, abs=1e-5)
        assert float(line_model(step.m - DELTA, B, x)) == pytest.approx(step.pred_minus, abs=1e-5)
        assert float(line_model(step.m + DELTA, B, x)) == pytest.approx(step.pred_plus, abs=1e-5)


@pytest.mark.parametrize("step", range(len(ALL_POINTS_STEPS)))
def test_all_points_printed_rate(step: int) -> None:
    """The rate built from the printed errors is the printed rate: (L(m−Δ) − L(m+Δ)) / 2Δ."""
    row = ALL_POINTS_STEPS[step]
    data = _all_points_data()
    rate = loss_rate_of_change_m(_lesson_slope(step, row.m), B, data[:, 0], data[:, 1], DELTA, PrintedErrors())
    assert rate.item() == pytest.approx(row.rate, abs=1e-5)


def test_train_all_points_replays_printed_m_sequence() -> None:
    """Fed the printed errors, the loop walks through all 25 printed values of m."""
    loss = PrintedErrors()
    data = _all_points_data()
    before = data.clone()
    evolution = train_all_points(data, START_M, B, LEARNING_RATE, DELTA, len(ALL_POINTS_STEPS), loss)

    assert len(evolution) == len(ALL_POINTS_STEPS) + 1
    assert all(isinstance(v, float) for v in evolution)
    assert evolution[: len(ALL_POINTS_STEPS)] == pytest.approx([s.m for s in ALL_POINTS_STEPS], abs=M_TOL)
    last = ALL_POINTS_STEPS[-1]
    assert evolution[-1] == pytest.approx(last.m + LEARNING_RATE * last.rate, abs=M_TOL)
    expected_calls = [p for s in ALL_POINTS_STEPS for p in (s.pred_minus, s.pred_plus)]
    assert sorted(loss.calls) == sorted(expected_calls), "each step must try exactly m−Δ and m+Δ once"
    assert torch.equal(data, before)


def test_train_all_points_replays_with_call_order_stub() -> None:
    """The same sequence when the errors are served strictly in the order L(m−Δ), L(m+Δ)."""
    loss = ErrorsInCallOrder()
    evolution = train_all_points(_all_points_data(), START_M, B, LEARNING_RATE, DELTA, 10, loss)
    assert loss.calls == 20
    assert evolution[:10] == pytest.approx([s.m for s in ALL_POINTS_STEPS[:10]], abs=M_TOL)


def test_train_all_points_verbose_log(capsys: pytest.CaptureFixture[str]) -> None:
    """The verbose all-points log prints each step's m and its rate."""
    steps = 5
    train_all_points(_all_points_data(), START_M, B, LEARNING_RATE, DELTA, steps, PrintedErrors(), verbose=True)
    lines = capsys.readouterr().out.splitlines()
    m_lines = [line for line in lines if "m actual" in line]
    assert len(m_lines) == steps
    for line, row in zip(m_lines, ALL_POINTS_STEPS):
        assert _numbers(line)[-1] == pytest.approx(row.m, abs=M_TOL)
    for row in ALL_POINTS_STEPS[:steps]:
        assert any(any(v == pytest.approx(row.rate, abs=1e-5) for v in _numbers(line)) for line in lines)


def test_real_mae_on_lesson_like_data_moves_towards_true_slope() -> None:
    """With real MAE on data like the lesson's, m falls from 0.8 towards 0.5 as printed."""
    with torch.random.fork_rng():
        torch.manual_seed(0)
        data = get_data_from_a_line(0.5, 0, 50)
    evolution = train_all_points(data, START_M, B, LEARNING_RATE, DELTA, 25, MAE_loss)
    assert evolution[-1] < evolution[0]
    assert abs(evolution[-1] - 0.5) < 0.1


# --- the listing's sign cannot produce the printed numbers ---------------------------

def _listing_rate(m: Any, b: Any, x: Any, y: Any, delta: float, loss_fn: Callable[[Any, Any], Any]) -> Any:
    """The rate exactly as the lesson's listing wrote it: divided by (m−Δ) − (m+Δ) = −2Δ."""
    return (loss_fn(line_model(m - delta, b, x), y) - loss_fn(line_model(m + delta, b, x), y)) / (
        m - delta - (m + delta)
    )


def _listing_loop(points: Sequence[tuple[Any, Any]], m: Any, loss_fn: Callable[[Any, Any], Any]) -> list[float]:
    """The listing's loop over given (x, y) per step, with its sign."""
    evolution = [float(m)]
    for x, y in points:
        m = m + LEARNING_RATE * _listing_rate(m, B, x, y, DELTA, loss_fn)
        evolution.append(float(m))
    return evolution


def test_listing_sign_contradicts_printed_single_point_rate() -> None:
    """On the first printed point the listing's formula gives +30.62, the lesson printed −30.62."""
    row = SINGLE_POINT_STEPS[0]
    x = torch.tensor(row.x)
    y = torch.tensor(row.y)
    listing = _listing_rate(START_M, B, x, y, DELTA, AE_loss).item()
    assert listing == pytest.approx(-row.rate, rel=1e-6)
    assert abs(listing - row.rate) > 60
    assert loss_rate_of_change_m(START_M, B, x, y, DELTA, AE_loss).item() == pytest.approx(row.rate, abs=M_TOL)


def test_listing_sign_does_not_replay_single_point_loop() -> None:
    """Replayed with the listing's sign, m climbs away from 0.5 instead of following the printed path."""
    points = [(torch.tensor(r.x), torch.tensor(r.y)) for r in SINGLE_POINT_STEPS[:8]]
    listing = _listing_loop(points, START_M, AE_loss)
    printed = [r.m for r in SINGLE_POINT_STEPS[:8]]
    assert all(abs(a - b) > 1e-2 for a, b in zip(listing[1:8], printed[1:8]))
    assert listing[8] > START_M > printed[-1]


def test_listing_sign_does_not_replay_all_points_loop() -> None:
    """Fed the same printed errors, the listing's sign moves m up where the lesson printed it going down."""
    data = _all_points_data()
    points = [(data[:, 0], data[:, 1])] * 10
    listing = _listing_loop(points, START_M, ErrorsInCallOrder())
    printed = [s.m for s in ALL_POINTS_STEPS[:11]]
    assert all(abs(a - b) > 1e-2 for a, b in zip(listing[1:], printed[1:]))
    assert all(later > earlier for earlier, later in zip(listing, listing[1:]))
    assert all(later < earlier for earlier, later in zip(printed, printed[1:]))
