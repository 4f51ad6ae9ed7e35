# expect: full
# why: noisy coordinates drawn directly with torch.normal(mean=clean values, std=float(sigma)), stacked with dim=-1
# %%
def get_data_from_a_line(m, b, n, sigma=2, range=50, device=None):
    x = torch.rand(n, device=device) * range
    # cada coordenada con ruido es una normal centrada en su valor limpio
    x_medida = torch.normal(mean=x, std=float(sigma))
    y_medida = torch.normal(mean=m * x + b, std=float(sigma))
    return torch.stack([x_medida, y_medida], dim=-1)
