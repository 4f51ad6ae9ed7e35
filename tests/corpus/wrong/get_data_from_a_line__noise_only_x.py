# expect: lose get_data_from_a_line
# why: adds noise to x only; y lies exactly on the line of the clean x
# %%
def get_data_from_a_line(m, b, n, sigma=2, range=50, device=None):
    x = range * torch.rand(n, device=device)
    y = m * x + b
    x_noisy = x + sigma * torch.randn(n, device=device)
    return torch.stack((x_noisy, y), dim=1)
