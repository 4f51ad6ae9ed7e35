# expect: full
# why: torch.rand(n, device=device) * range, randn noise scaled by sigma in the notebook's order, torch.column_stack
# %%
def get_data_from_a_line(m, b, n, sigma=2, range=50, device=None):
    # 1) x limpias, uniformes en [0, range)
    x_limpia = torch.rand(n, device=device) * range
    # 2) y de la recta con esas x limpias
    y_limpia = m * x_limpia + b
    # 3) ruido independiente en cada coordenada: primero el de x, luego el de y
    x_ruido = x_limpia + torch.randn(n, device=device) * sigma
    y_ruido = y_limpia + torch.randn(n, device=device) * sigma
    return torch.column_stack((x_ruido, y_ruido))
