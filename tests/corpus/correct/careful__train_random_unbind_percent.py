# expect: full
# why: columns taken with data.unbind(1), row index via torch.randint(...).item() on len(xs), log with % formatting
# %%
def train_random_point(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    xs, ys = data.unbind(1)
    ms = [float(m)]
    for paso in range(steps):
        j = torch.randint(0, xs.shape[0], (1,)).item()
        ratio = loss_rate_of_change_m(m, b, xs[j], ys[j], delta, loss_fn)
        if verbose:
            e_menos = float(loss_fn(line_model(m - delta, b, xs[j]), ys[j]))
            e_mas = float(loss_fn(line_model(m + delta, b, xs[j]), ys[j]))
            print("paso %d: m=%.6f punto=(%.4f, %.4f) L(m-d)=%.4f L(m+d)=%.4f ratio=%.4f"
                  % (paso, float(m), float(xs[j]), float(ys[j]), e_menos, e_mas, float(ratio)))
        m = m + learning_rate * ratio
        ms.append(float(m))
    return ms
