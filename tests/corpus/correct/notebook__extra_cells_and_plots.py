# expect: full
# why: AE_loss as max(d, -d), plus a student's own imports, experiments, prints and plots in extra cells
# %% first
import math
import matplotlib.pyplot as plt
print("Empiezo la práctica")

# %%
def AE_loss(y_pred, y_true):
    diferencia = y_pred - y_true
    return torch.maximum(diferencia, -diferencia)

# %% after get_data_from_a_line
prueba = get_data_from_a_line(2, 1, 10)
print(prueba.shape, prueba.dtype)
plt.scatter(prueba[:, 0], prueba[:, 1])
plt.show()

# %% after MSE_loss
print(MSE_loss(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 4.0])))

# %%
mis_datos = get_data_from_a_line(0.5, 0, 30)
trayectoria = train_all_points(mis_datos, 0.8, 0, 1e-3, 0.1, 10, MAE_loss)
plt.plot(trayectoria, marker="o")
plt.title("Mi entrenamiento")
plt.show()
print("Pendiente final:", round(trayectoria[-1], 3), math.isfinite(trayectoria[-1]))
