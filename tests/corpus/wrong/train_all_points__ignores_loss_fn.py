# expect: lose train_all_points
# why: always uses MAE_loss, the lesson's choice, instead of the loss_fn argument
# %%
def train_all_points(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    x_true, y_true = data[:, 0], data[:, 1]
    line_evolution = [float(m)]
    for step in range(steps):
        rate = loss_rate_of_change_m(m, b, x_true, y_true, delta, MAE_loss)
        m = m + learning_rate * rate
        line_evolution.append(float(m))
    return line_evolution
