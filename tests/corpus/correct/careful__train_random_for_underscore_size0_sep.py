# expect: full
# why: for _ in range(steps), index int(torch.randint(0, data.size(0), (1,))), verbose printed with print(..., sep=...)
# %%
def train_random_point(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    trayectoria = []
    trayectoria.append(float(m))
    for _ in range(steps):
        k = int(torch.randint(0, data.size(0), (1,)))
        punto = data[k]
        x_k, y_k = punto[0], punto[1]
        r = loss_rate_of_change_m(m, b, x_k, y_k, delta, loss_fn)
        if verbose:
            print(f"paso={len(trayectoria) - 1}",
                  f"m={float(m):.5f}",
                  f"punto=({float(x_k):.3f}, {float(y_k):.3f})",
                  f"L(m-Δ)={float(loss_fn(line_model(m - delta, b, x_k), y_k)):.4f}",
                  f"L(m+Δ)={float(loss_fn(line_model(m + delta, b, x_k), y_k)):.4f}",
                  f"ratio={float(r):.4f}",
                  sep=" | ")
        m = m + learning_rate * r
        trayectoria.append(float(m))
    return trayectoria
