# expect: full
# why: x, y = data[:, 0], data[:, 1]; for _ in range(steps); % formatted summary; history built with .append(float(m))
# %%
def train_all_points(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    x, y = data[:, 0], data[:, 1]
    historia = [float(m)]
    for _ in range(steps):
        ratio = loss_rate_of_change_m(m, b, x, y, delta, loss_fn)
        if verbose:
            print("paso %d | m = %.6f | media y = %.4f | media pred = %.4f | L(m-d) = %.4f | L(m+d) = %.4f | ratio = %.4f"
                  % (len(historia) - 1, float(m), float(y.mean()), float(line_model(m, b, x).mean()),
                     float(loss_fn(line_model(m - delta, b, x), y)),
                     float(loss_fn(line_model(m + delta, b, x), y)), float(ratio)))
        m = m + learning_rate * ratio
        historia.append(float(m))
    return historia
