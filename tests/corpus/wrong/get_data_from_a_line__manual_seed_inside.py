# expect: lose get_data_from_a_line
# why: calls torch.manual_seed inside the function, so every call returns the same data
# %%
def get_data_from_a_line(m, b, n, sigma=2, range=50, device=None):
    torch.manual_seed(42)  # para que salga siempre igual
    x = range * torch.rand(n, device=device)
    y = m * x + b
    noisy_x = x + sigma * torch.randn(n, device=device)
    noisy_y = y + sigma * torch.randn(n, device=device)
    return torch.stack((noisy_x, noisy_y), dim=1)
