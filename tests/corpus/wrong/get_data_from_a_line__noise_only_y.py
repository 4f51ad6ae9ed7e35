# expect: lose get_data_from_a_line
# why: adds noise to y only; x stays exactly uniform
# %%
def get_data_from_a_line(m, b, n, sigma=2, range=50, device=None):
    x = range * torch.rand(n, device=device)
    y = m * x + b + sigma * torch.randn(n, device=device)
    return torch.stack((x, y), dim=1)
