# expect: full
# why: the lesson's functions as written, in a notebook that plots in its own way: a style sheet, rcParams changed, subplots side by side, a figure drawn with fig.add_subplot(111) and reused by number, figures closed and opened again, and plt.switch_backend. Figures the zygote prepared serve only the plain plt.figure() with the defaults; everything else takes matplotlib's own path, and nothing about plots may change a mark. Its train_all_points (columns from data.T, a while loop) also draws its own progress when verbose, inside the judged calls
# %% first
import matplotlib.pyplot as plt
plt.style.use("ggplot")
plt.rcParams["lines.linewidth"] = 2.5

# %%
def train_all_points(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    x_true, y_true = data.T
    history = [float(m)]
    while len(history) <= steps:
        rate = loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn)
        m = m + learning_rate * rate
        if verbose:
            print(f"paso {len(history) - 1}: ratio = {float(rate):.4f}, nueva m = {float(m):.4f}")
        history.append(float(m))
    if verbose:
        plt.figure()
        plt.plot(history, marker="o")
        plt.title("Evolución de m")
        plt.show()
    return history

# %% after get_data_from_a_line
fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
muestra = get_data_from_a_line(2, 1, 40)
left.scatter(muestra[:, 0], muestra[:, 1], s=8)
right.hist(muestra[:, 1].numpy(), bins=10)
fig.suptitle("Mis datos")
plt.show()

# %% after MSE_loss
plt.rcdefaults()
figura = plt.figure(7, figsize=[6, 4])
ejes = figura.add_subplot(111)
ejes.plot([0.0, 1.0, 2.0], [MSE_loss(torch.tensor([v]), torch.tensor([0.0])).item() for v in (0.0, 1.0, 2.0)])
plt.figure(7)
plt.title("El mismo dibujo, otra vez")
plt.close("all")
plt.figure()
plt.plot([1, 2, 3])
plt.show()

# %%
plt.switch_backend("agg")
plt.figure(figsize=(4, 3))
plt.plot(train_all_points(get_data_from_a_line(0.5, 0, 30), 0.8, 0, 1e-3, 0.1, 5, MAE_loss), marker="o")
plt.show()
