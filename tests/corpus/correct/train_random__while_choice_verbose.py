# expect: full
# why: while loop, random.choice over the rows, long Spanish log different from the lesson's
# %%
import random

def train_random_point(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    valores = [float(m)]
    paso = 0
    while paso < steps:
        x_punto, y_punto = random.choice(data)
        ratio = loss_rate_of_change_m(m, b, x_punto, y_punto, delta, loss_fn)
        if verbose:
            print(f"===== Paso número {paso + 1} de {steps} =====")
            print(f"  punto: ({float(x_punto):.3f}, {float(y_punto):.3f})")
            print(f"  error con m-Δ: {float(loss_fn(line_model(m - delta, b, x_punto), y_punto)):.4f}")
            print(f"  error con m+Δ: {float(loss_fn(line_model(m + delta, b, x_punto), y_punto)):.4f}")
            print(f"  ratio: {float(ratio):.4f} -> cambio de m: {learning_rate * float(ratio):+.6f}")
        m = m + learning_rate * ratio
        valores.append(float(m))
        paso += 1
    return valores
