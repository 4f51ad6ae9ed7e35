"""Student-style code for testing the hidden suites: a correct base, correct alternatives and mutants.

Each entry redefines ONE graded function as notebook source; it is executed after
``BASE`` in a fresh namespace, so calls to the other helpers go through that
namespace (where the worker puts its trusted stand-ins), as in a real notebook.
"""

from __future__ import annotations

BASE = '''
import random
import numpy as np
import torch

def get_data_from_a_line(m, b, n, sigma=2, range=50, device=None):
    x = range * torch.rand(n, device=device)
    y = m * x + b
    noise_x = torch.normal(torch.zeros_like(y), sigma * torch.ones_like(y))
    noise_y = torch.normal(torch.zeros_like(y), sigma * torch.ones_like(y))
    return torch.cat(((x + noise_x)[:, None], (y + noise_y)[:, None]), dim=1)

def line_model(m, b, inputs):
    return m * inputs + b

def AE_loss(y_pred, y_true):
    return torch.abs(y_pred - y_true)

def SE_loss(y_pred, y_true):
    return (y_pred - y_true) ** 2

def MAE_loss(y_pred, y_true):
    return AE_loss(y_pred, y_true).mean()

def MSE_loss(y_pred, y_true):
    return SE_loss(y_pred, y_true).mean()

def loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn):
    return (loss_fn(line_model(m - delta, b, x_true), y_true)
            - loss_fn(line_model(m + delta, b, x_true), y_true)) / (2 * delta)

def train_random_point(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    line_evolution = [m]
    for step in range(steps):
        i = torch.randint(low=0, high=data.size()[0], size=(1,))[0]
        x_true, y_true = data[i][0], data[i][1]
        rate = loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn)
        if verbose:
            print(f"paso {step}: m={m}, punto=({x_true}, {y_true}), ratio={rate}")
        m = m + learning_rate * rate
        line_evolution.append(m)
    return line_evolution

def train_all_points(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    x_true, y_true = data[:, 0], data[:, 1]
    line_evolution = [m]
    for step in range(steps):
        rate = loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn)
        if verbose:
            print(step, m, rate)
        m = m + learning_rate * rate
        line_evolution.append(float(m))
    return line_evolution
'''


def train_random_cell(choose: str, update: str = "m = m + learning_rate * rate", pre: str = "",
                  rate: str = "loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn)",
                  store: str = "line_evolution.append(m)", start: str = "[m]", loop: str = "range(steps)") -> str:
    return f'''
def train_random_point(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    n = data.shape[0]
    {pre}
    line_evolution = {start}
    for step in {loop}:
        {choose}
        x_true, y_true = data[i, 0], data[i, 1]
        rate = {rate}
        if verbose:
            print(step, float(m))
        {update}
        {store}
    return line_evolution
'''


def train_all_cell(update: str = "m = m + learning_rate * rate", pre: str = "",
               rate: str = "loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn)",
               columns: str = "x_true, y_true = data[:, 0], data[:, 1]", store: str = "line_evolution.append(m)",
               start: str = "[m]", loop: str = "range(steps)") -> str:
    return f'''
def train_all_points(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    {columns}
    {pre}
    line_evolution = {start}
    for step in {loop}:
        rate = {rate}
        if verbose:
            print(step, float(m))
        {update}
        {store}
    return line_evolution
'''


def data_cell(x: str = "range * torch.rand(n, device=device)", y: str = "m * x + b",
          nx: str = "sigma * torch.randn(n, device=device)", ny: str = "sigma * torch.randn(n, device=device)",
          out: str = "torch.stack((x + nx, y + ny), dim=1)", signature: str = "sigma=2, range=50",
          pre: str = "") -> str:
    return f'''
def get_data_from_a_line(m, b, n, {signature}, device=None):
    {pre}
    x = {x}
    y = {y}
    nx = {nx}
    ny = {ny}
    return {out}
'''


def fn_cell(name: str, body: str, args: str = "y_pred, y_true") -> str:
    return f"\ndef {name}({args}):\n    return {body}\n"


RATE_ARGS = "m, b, x_true, y_true, delta, loss_fn"
L1 = "loss_fn(line_model(m - delta, b, x_true), y_true)"
L2 = "loss_fn(line_model(m + delta, b, x_true), y_true)"

CORRECT: list[tuple[str, str, str]] = [
    # (id, function, source): different styles that must all get full marks.
    # the docstring's own torch.randint(..., size=(1,)): points, rates and slopes of shape (1,)
    ("random_index_tensor", "train_random_point", train_random_cell("i = torch.randint(0, n, (1,))")),
    # the rate may be a Python float, or any tensor that holds the same single value (docstring's Returns)
    ("rate_item", "loss_rate_of_change_m", fn_cell("loss_rate_of_change_m", f"float(({L1} - {L2}) / (2 * delta))",
                                                   RATE_ARGS)),
    ("rate_mean", "loss_rate_of_change_m", fn_cell("loss_rate_of_change_m", f"(({L1} - {L2}) / (2 * delta)).mean()",
                                                   RATE_ARGS)),
    ("line_numbers_become_tensors", "line_model", fn_cell(
        "line_model", "torch.add(torch.mul(torch.as_tensor(inputs), m), b)", "m, b, inputs")),
    ("data_normal_fn", "get_data_from_a_line", data_cell(nx="torch.normal(0.0, sigma, size=(n,), device=device)",
                                                      ny="torch.normal(0.0, sigma, size=(n,), device=device)")),
    ("data_distributions", "get_data_from_a_line", data_cell(
        x="torch.distributions.Uniform(0.0, float(range)).sample((n,)).to(device)",
        nx="torch.distributions.Normal(0.0, float(sigma), validate_args=False).sample((n,)).to(device)",
        ny="torch.distributions.Normal(0.0, float(sigma), validate_args=False).sample((n,)).to(device)")),
    ("data_uniform_inplace_block_noise", "get_data_from_a_line", data_cell(
        x="torch.empty(n, device=device).uniform_(0, range)", nx="0", ny="0",
        out="torch.stack((x, y), dim=1) + sigma * torch.randn(n, 2, device=device)")),
    ("data_numpy", "get_data_from_a_line", data_cell(
        x="torch.from_numpy(np.random.uniform(0, range, n)).float().to(device)",
        nx="torch.from_numpy(np.random.normal(0, sigma, n)).float().to(device)",
        ny="torch.from_numpy(np.random.normal(0, sigma, n)).float().to(device)")),
    ("data_lesson", "get_data_from_a_line", BASE),
    ("line_reordered", "line_model", fn_cell("line_model", "b + inputs * m", "m, b, inputs")),
    ("ae_sqrt", "AE_loss", fn_cell("AE_loss", "torch.sqrt((y_true - y_pred) ** 2)")),
    ("ae_method", "AE_loss", fn_cell("AE_loss", "(y_pred - y_true).abs()")),
    ("se_mul", "SE_loss", fn_cell("SE_loss", "(y_pred - y_true) * (y_pred - y_true)")),
    ("se_square", "SE_loss", fn_cell("SE_loss", "torch.square(y_true - y_pred)")),
    ("se_pow", "SE_loss", fn_cell("SE_loss", "torch.pow(y_pred - y_true, 2)")),
    ("mae_mean_fn", "MAE_loss", fn_cell("MAE_loss", "torch.mean(torch.abs(y_pred - y_true))")),
    ("mae_sum_numel", "MAE_loss", fn_cell("MAE_loss", "torch.abs(y_pred - y_true).sum() / torch.abs(y_pred - y_true).numel()")),
    ("mse_mean_fn", "MSE_loss", fn_cell("MSE_loss", "torch.mean((y_pred - y_true) ** 2)")),
    ("rate_denominator", "loss_rate_of_change_m",
     fn_cell("loss_rate_of_change_m", f"({L1} - {L2}) / ((m + delta) - (m - delta))", RATE_ARGS)),
    ("rate_half", "loss_rate_of_change_m", fn_cell("loss_rate_of_change_m", f"0.5 * ({L1} - {L2}) / delta", RATE_ARGS)),
    ("rate_inline", "loss_rate_of_change_m", fn_cell(
        "loss_rate_of_change_m",
        "(loss_fn((m - delta) * x_true + b, y_true) - loss_fn((m + delta) * x_true + b, y_true)) / 2 / delta",
        RATE_ARGS)),
    ("random_randrange", "train_random_point", train_random_cell("i = random.randrange(len(data))")),
    ("random_randperm", "train_random_point", train_random_cell("i = int(torch.randperm(n)[0])")),
    ("random_numpy", "train_random_point", train_random_cell("i = np.random.randint(0, n)")),
    ("random_precomputed", "train_random_point", train_random_cell(
        "i = order[step]", pre="order = torch.randint(0, n, (steps,))")),
    ("random_epochs", "train_random_point", train_random_cell(
        "i = int(order[step % n])\n        if step % n == n - 1: order = torch.randperm(n)",
        pre="order = torch.randperm(n)")),
    ("random_tensor_m", "train_random_point", train_random_cell(
        "i = torch.randint(0, n, ()).item()", pre="m, m0 = torch.tensor(float(m)), m", start="[m0]")),
    ("random_item", "train_random_point", train_random_cell(
        "i = int(torch.rand(1) * n)", update="m = float(m + learning_rate * rate)")),
    ("random_choice_row", "train_random_point", '''
def train_random_point(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    evolution = [m]
    for _ in range(steps):
        x_true, y_true = random.choice(data)
        m = m + learning_rate * loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn)
        if verbose:
            print("m =", m.item())
        evolution.append(m.item())
    return evolution
'''),
    ("all_transpose_torch_div", "train_all_points", '''
def train_all_points(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    xs, ys = data.T
    out = [m]
    for _ in range(steps):
        up = loss_fn(line_model(m + delta, b, xs), ys)
        down = loss_fn(line_model(m - delta, b, xs), ys)
        m = m + learning_rate * torch.div(down - up, 2 * delta)
        if verbose:
            print("m =", float(m))
        out.append(float(m))
    return out
'''),
    ("all_inline_item", "train_all_points", train_all_cell(
        rate=f"({L1} - {L2}) / (2 * delta)", update="m = (m + learning_rate * rate).item()")),
    ("all_double", "train_all_points", train_all_cell(columns="x_true, y_true = data.double()[:, 0], data.double()[:, 1]",
                                                  store="line_evolution.append(float(m))")),
    ("all_tensor_m", "train_all_points", train_all_cell(pre="m, m0 = torch.tensor(m), float(m)", start="[m0]",
                                                    store="line_evolution.append(m.item())")),
]
