"""Statistical verdicts on the points returned by ``get_data_from_a_line``.

The model of a correct answer: ``x = u + e_x`` and ``y = m·u + b + e_y`` with
``u`` uniform in ``[0, range)`` and ``e_x``, ``e_y`` independent N(0, sigma²).
Each check isolates pure Gaussian noise up to a deterministic ``slack``
(the bounded uniform part and float32 rounding) and applies a bound from
``autograder.judge.stats``; a failed one names the mistake its numbers point to.
Every slack comes from the arguments (never from the returned points, so one
huge value cannot widen a bound), every test is written so that NaN fails it,
and :func:`get_data` refuses NaN and infinities before any statistic is taken.
"""

from __future__ import annotations

import math
from typing import Any, Sequence

import torch

from autograder.judge import checks, feedback, stats
from autograder.proxy import Call, Student

NAME = "get_data_from_a_line"
ROUND = 4 * torch.finfo(torch.float32).eps
SHAPE_HINT = ("Devuelve n filas con 2 columnas (x, y), por ejemplo con torch.stack((x, y), dim=1) o "
              "torch.cat((x[:, None], y[:, None]), dim=1).")
SAME_NOISE = "¿Usas el mismo ruido para x e y? Genera dos vectores de ruido independientes."
NOISY_X = ("¿Calculas y a partir de la x con ruido? La y se calcula con la x sin ruido (y = m·x + b) "
           "y después recibe su propio ruido.")
RANGE_HINT = ("¿Usas el argumento range? La x debe ser uniforme en [0, range), por ejemplo "
              "range * torch.rand(n).")


def get_data(student: Student, args: Sequence[Any], device: str = "cpu") -> tuple[Call, torch.Tensor]:
    """Call the student's function; the result must be an exact tensor of shape (n, 2), all finite.

    float32 is the form asked for; float64 holds the same points, so it costs only the form share.
    """
    call = student.call(NAME, *args)
    value = checks.returned(call)
    checks.expect_unchanged(call)
    if (type(value) is torch.Tensor and value.layout == torch.strided and value.dtype == torch.float64
            and tuple(value.shape) == (args[2], 2) and value.device.type == device):
        checks.note_form(call, f"los datos, un torch.Tensor de forma {(args[2], 2)} y tipo float32",
                         feedback.describe_type(value), "Los datos deben ser float32, el tipo que dan torch.rand y "
                         "torch.randn: no los conviertas (nada de .double() ni dtype=torch.float64).")
        data = value  # the same points, judged by value: only the form share is lost
    else:
        data = checks.expect_tensor(call, value, (args[2], 2), torch.float32, device, "los datos", SHAPE_HINT)
    if data.device.type != "meta":
        _columns(call, data)
    return call, data


def _columns(call: Call, data: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """``x`` and ``y`` as float64, once every point is known to be finite (no statistic survives NaN)."""
    points = data.detach().to(torch.float64)
    finite = torch.isfinite(points).all(dim=1)
    if not bool(finite.all()):
        i = checks.first_false(finite)
        x, y = (feedback.fmt_number(v) for v in points[i].tolist())
        checks.fail(call, "puntos con valores finitos", f"el punto nº {i} es ({x}, {y})",
                    "¿Divides entre 0 o haces operaciones que desbordan? Con estos argumentos no "
                    "deberían salir NaN ni infinitos.")
    return points[:, 0], points[:, 1]


def _sd_hint(ratio: float, sigma: float, guesses: Sequence[tuple[float, str]] = ()) -> str:
    """The mistake whose noise size best explains ``observed sd / expected sd`` (within 8 %)."""
    options = [(sigma, "¿Elevas sigma al cuadrado? sigma ya es la desviación típica; el ruido es "
                       "sigma * torch.randn(n)."),
               (sigma ** -0.5, "¿Usas la raíz de sigma? sigma ya es la desviación típica."), *guesses]
    if ratio < 0.05:
        return next((hint for r, hint in guesses if r == 0), "¿Falta el ruido?")
    close = [(abs(math.log(ratio / r)), hint) for r, hint in options if r > 0]
    best = min(close, default=(1.0, ""))
    return best[1] if best[0] < 0.08 else "El ruido debe ser gaussiano de media 0 y desviación típica sigma."


def _magnitudes(n: int, m: float, b: float, sigma: float, high: float) -> tuple[float, float]:
    """Largest ``|x|`` and ``|y|`` a correct answer can have (the Gaussian maximum of its ``2n`` noises)."""
    noise = stats.gaussian_max(2 * n) * sigma
    return abs(high) + noise, abs(m * high) + abs(b) + noise


def _norm_check(call: Call, v: torch.Tensor, sd: float, slack: float, what: str, hint: str) -> None:
    n = v.numel()
    norm = v.norm().item()
    if not stats.gaussian_norm_ok(norm, slack, n, sd):
        checks.fail(call, f"{what} con desviación típica ≈ {feedback.fmt_number(sd)}",
                    f"desviación típica observada ≈ {feedback.fmt_number(norm / math.sqrt(n))}", hint)


def _mean_check(call: Call, v: torch.Tensor, low: float, high: float, sd: float, what: str, hint: str,
                rounding: float = 0.0) -> None:
    bound = stats.gaussian_mean(v.numel(), sd) + rounding / math.sqrt(v.numel())
    mean = v.mean().item()
    if not low - bound <= mean <= high + bound:  # NaN fails
        want = f"media de {what} entre {feedback.fmt_number(low - bound)} y {feedback.fmt_number(high + bound)}"
        checks.fail(call, want, f"una media de {feedback.fmt_number(mean)}", hint)


def expect_line(call: Call, data: torch.Tensor, m: float, b: float, sigma: float) -> None:
    """With almost no noise every point satisfies ``y = m·x + b``."""
    x, y = _columns(call, data)
    bound = stats.gaussian_max(x.numel()) * sigma * math.sqrt(1 + m * m)
    bound = bound + ROUND * (abs(m) * x.abs() + abs(b) + y.abs())
    off = y - m * x - b
    on_line = off.abs() <= bound
    if bool(on_line.all()):
        return
    i = checks.first_false(on_line)
    hint = ("¿Has olvidado sumar b? y = m·x + b." if bool(((y - m * x).abs() <= bound).all())
            else "¿Has intercambiado las columnas? La columna 0 es x y la 1 es y."
            if bool(((x - m * y - b).abs() <= bound).all()) else "Calcula y = m·x + b a partir de x.")
    line = f"y = {feedback.fmt_number(m)}·x {'−' if b < 0 else '+'} {feedback.fmt_number(abs(b))}"
    checks.fail(call, f"puntos sobre la recta {line}", f"el punto nº {i} es ({feedback.fmt_number(x[i].item())}, "
                f"{feedback.fmt_number(y[i].item())})", hint)


def expect_uniform_x(call: Call, data: torch.Tensor, high: float, sigma: float) -> None:
    """With almost no noise, ``x`` fills ``[0, high)`` uniformly, with the irregular gaps of random draws."""
    x, _ = _columns(call, data)
    slack = stats.gaussian_max(x.numel()) * sigma + ROUND * high
    low_ok, high_ok = x.min().item() >= -slack, x.max().item() <= high + slack  # NaN fails both
    if not (low_ok and high_ok):
        hint = RANGE_HINT if low_ok else "¿Generas x con torch.randn? La x debe ser uniforme en [0, range)."
        checks.fail(call, f"x en [0, {feedback.fmt_number(high)})",
                    f"x entre {feedback.fmt_number(x.min().item())} y {feedback.fmt_number(x.max().item())}", hint)
    distance, allowed = stats.uniform_distance(x, 0.0, high, slack), stats.dkw(x.numel())
    if not distance <= allowed:
        checks.fail(call, f"x uniforme en [0, {feedback.fmt_number(high)}) (distancia de Kolmogorov "
                    f"≤ {allowed:.3f})", f"una distancia de Kolmogorov de {distance:.3f}",
                    "¿Generas x con torch.rand (uniforme)? torch.randn da una normal.")
    if slack > 0.05 * high / x.numel():
        return  # the noise blurs the gaps between neighbouring x: they say nothing
    share, lowest = stats.short_gaps(x)
    if not share >= lowest:
        checks.fail(call, f"x al azar: huecos irregulares entre x vecinas (al menos un {100 * lowest:.0f} % "
                    "de huecos cortos)", f"un {100 * share:.1f} % de huecos cortos: las x están equiespaciadas",
                    "¿Usas linspace o arange? La x debe ser aleatoria, por ejemplo range * torch.rand(n).")


def expect_independent_noise(call: Call, data: torch.Tensor, m: float, b: float, sigma: float,
                             high: float) -> None:
    """With a tiny range, both columns are pure independent noise of standard deviation ``sigma``."""
    x, y = _columns(call, data)
    root = math.sqrt(x.numel())
    ax, ay = _magnitudes(x.numel(), m, b, sigma, high)
    rounding = ROUND * (ax + ay + abs(b) + abs(m) * high) * root
    yb = y - b
    _mean_check(call, x, 0.0, high, sigma, "x", RANGE_HINT if x.mean().item() > 5 else
                "El ruido debe tener media 0.", rounding)
    _norm_check(call, x, sigma, high * root + rounding, "ruido de x",
                _sd_hint(x.norm().item() / (sigma * root), sigma,
                         [(0.0, "¿Has olvidado añadir ruido a x? Cada coordenada lleva su propio ruido.")]))
    _mean_check(call, yb, min(0.0, m * high), max(0.0, m * high), sigma, "y − b",
                "¿Has olvidado sumar b? y = m·x + b, más un ruido de media 0.", rounding)
    _norm_check(call, yb, sigma, abs(m) * high * root + rounding, "ruido de y",
                _sd_hint(yb.norm().item() / (sigma * root), sigma,
                         [(0.0, "¿Has olvidado añadir ruido a y? Cada coordenada lleva su propio ruido."),
                          (math.sqrt(1 + m * m), NOISY_X)]))
    for sign in (-1.0, 1.0):
        mixed = x + sign * yb
        _norm_check(call, mixed, sigma * math.sqrt(2), abs(1 + sign * m) * high * root + rounding,
                    "ruido de x " + ("−" if sign < 0 else "+") + " ruido de y", SAME_NOISE)


def expect_noise_sd(call: Call, data: torch.Tensor, m: float, b: float, sigma: float, high: float) -> None:
    """``y − m·x − b = e_y − m·e_x`` is Gaussian noise of sd ``sigma·sqrt(1 + m²)``, mean 0."""
    x, y = _columns(call, data)
    sd, root = sigma * math.sqrt(1 + m * m), math.sqrt(x.numel())
    residual = y - m * x - b
    ax, ay = _magnitudes(x.numel(), m, b, sigma, high)
    rounding = ROUND * (ay + abs(m) * ax + abs(b)) * root
    _mean_check(call, residual, 0.0, 0.0, sd, "y − (m·x + b)", "¿Has olvidado sumar b? ¿Tiene el ruido media 0?",
                rounding)
    k = math.sqrt(1 + m * m)
    guesses = [(1 / k, "¿Añades ruido solo a y, o calculas y con la x ya ruidosa? Cada coordenada lleva "
                       "su propio ruido, y la y se calcula con la x sin ruido."),
               (abs(m) / k, "¿Has olvidado añadir ruido a y? Cada coordenada lleva su propio ruido."),
               (abs(1 - m) / k, SAME_NOISE)]
    _norm_check(call, residual, sd, rounding, "ruido alrededor de la recta",
                _sd_hint(residual.norm().item() / (sd * root), sigma, guesses))


def expect_x_mean(call: Call, data: torch.Tensor, high: float, sigma: float) -> None:
    """The mean of ``x`` is ``high / 2`` (uniform part by Hoeffding, noise by the Gaussian bound)."""
    x, _ = _columns(call, data)
    band = stats.hoeffding(x.numel(), width=high) + stats.gaussian_mean(x.numel(), sigma)
    mean = x.mean().item()
    if not abs(mean - high / 2) <= band + ROUND * high:
        checks.fail(call, f"media de x ≈ {feedback.fmt_number(high / 2)} (x uniforme en "
                    f"[0, {feedback.fmt_number(high)}), el rango predeterminado)",
                    f"una media de x de {feedback.fmt_number(mean)}",
                    "¿Tiene range el valor predeterminado 50 (range=50 en la definición de la función)?")
