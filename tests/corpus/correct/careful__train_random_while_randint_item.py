# expect: full
# why: while loop, index from torch.randint(0, len(data), (1,)).item(), f-string log with every item the docstring lists
# %%
def train_random_point(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    evolucion = [float(m)]
    paso = 0
    while paso < steps:
        indice = torch.randint(0, len(data), (1,)).item()
        x_p = data[indice, 0]
        y_p = data[indice, 1]
        ratio = loss_rate_of_change_m(m, b, x_p, y_p, delta, loss_fn)
        if verbose:
            error_menos = loss_fn(line_model(m - delta, b, x_p), y_p)
            error_mas = loss_fn(line_model(m + delta, b, x_p), y_p)
            print(f"--- paso {paso} ---")
            print(f"m actual = {float(m):.6f}")
            print(f"punto elegido nº {indice}: x = {x_p.item():.4f}, y = {y_p.item():.4f}")
            print(f"error con m - Δ = {error_menos.item():.4f}; error con m + Δ = {error_mas.item():.4f}")
            print(f"ratio de cambio = {float(ratio):.4f}")
        m = m + learning_rate * ratio
        evolucion.append(float(m))
        paso += 1
    return evolucion
