# expect: full
# why: range * torch.rand, noise added with torch.randn * sigma, columns joined with torch.cat of unsqueezed vectors
# %%
def get_data_from_a_line(m, b, n, sigma=2, range=50, device=None):
    x = range * torch.rand(n, device=device)
    y = m * x + b
    x_con_ruido = x + sigma * torch.randn(n, device=device)
    y_con_ruido = y + sigma * torch.randn(n, device=device)
    return torch.cat([x_con_ruido.unsqueeze(1), y_con_ruido.unsqueeze(1)], dim=1)
