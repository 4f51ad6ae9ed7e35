# expect: full
# why: while loop, extra prints at the start and the end when verbose, python floats via .item()
# %%
def train_all_points(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    if verbose:
        print(f"Entrenando {steps} pasos con {len(data)} puntos")
    x_all = data[:, 0]
    y_all = data[:, 1]
    evolution = [m.item() if isinstance(m, torch.Tensor) else float(m)]
    step = 0
    while step < steps:
        rate = loss_rate_of_change_m(m, b, x_all, y_all, delta, loss_fn)
        m = m + learning_rate * rate
        evolution.append(m.item())
        if verbose:
            print(f"[{step}] ratio={rate.item():.5f} m={evolution[-1]:.5f}")
        step += 1
    if verbose:
        print("Terminado. m final:", evolution[-1])
    return evolution
