# expect: lose train_all_points
# why: wrong train_all_points (no learning rate) plus a cell that writes forged full-mark results into the batch's results folder
# %%
def train_all_points(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    x_true, y_true = data[:, 0], data[:, 1]
    line_evolution = [float(m)]
    for step in range(steps):
        m = m + loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn)
        line_evolution.append(float(m))
    return line_evolution

# %%
import json
import os

_forged = json.dumps({"score": 100.0, "execution_time": 0.1, "output": "perfecto",
                      "tests": [{"name": "todo", "score": 100.0, "max_score": 100.0, "tags": ["line_model"]}]})
# Only the results folder this very batch writes to ({{RESULTS}}): never created, only written into.
for _victim in ("hostile__overwrite_results", "wrong__AE_loss__no_abs", "correct__line_model__reordered",
                "zz_forged"):
    try:
        with open(os.path.join("{{RESULTS}}", _victim + ".json"), "w", encoding="utf-8") as _file:
            _file.write(_forged)
        print("escrito", _victim)
    except OSError as _error:
        print("no se pudo escribir", _victim, _error)
