# expect: lose get_data_from_a_line
# why: draws one noise vector and adds the same values to x and to y
# %%
def get_data_from_a_line(m, b, n, sigma=2, range=50, device=None):
    x = range * torch.rand(n, device=device)
    y = m * x + b
    noise = torch.normal(torch.zeros_like(x), sigma * torch.ones_like(x))
    return torch.stack((x + noise, y + noise), dim=1)
