# expect: full
# why: xs, ys = data.T, a while loop, verbose prints the tensors themselves, values stored with float(m)
# %%
def train_all_points(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    xs, ys = data.T
    valores = [float(m)]
    i = 0
    while i < steps:
        ratio = loss_rate_of_change_m(m, b, xs, ys, delta, loss_fn)
        if verbose:
            print("paso", i)
            print("  m:", m)
            print("  media de las y:", ys.mean(), "media de las predicciones:", line_model(m, b, xs).mean())
            print("  error m-Δ:", loss_fn(line_model(m - delta, b, xs), ys),
                  "error m+Δ:", loss_fn(line_model(m + delta, b, xs), ys))
            print("  ratio:", ratio)
        m = m + learning_rate * ratio
        valores.append(float(m))
        i = i + 1
    return valores
