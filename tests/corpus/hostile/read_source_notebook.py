# expect: lose loss_rate_of_change_m
# why: wrong rate (ignores b) plus a cell that reads the instructor's source notebook and runs its solution over it
# %%
def loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn):
    loss_below = loss_fn(line_model(m - delta, 0, x_true), y_true)
    loss_above = loss_fn(line_model(m + delta, 0, x_true), y_true)
    return (loss_below - loss_above) / (2 * delta)

# %% after loss_rate_of_change_m
import json

try:
    with open("{{PROJECT}}/source/aprendizaje/aprendizaje.ipynb", encoding="utf-8") as _file:
        _notebook = json.load(_file)
    for _cell in _notebook["cells"]:
        if _cell.get("metadata", {}).get("nbgrader", {}).get("grade_id") == "loss_rate_of_change_m":
            exec("".join(_cell["source"]), globals())
            print("solución copiada")
except OSError as _error:
    print("no se pudo leer:", _error)
