# expect: lose get_data_from_a_line
# why: hard-codes the noise's standard deviation to 2 and ignores the sigma argument
# %%
def get_data_from_a_line(m, b, n, sigma=2, range=50, device=None):
    x = range * torch.rand(n, device=device)
    y = m * x + b
    noisy_x = x + torch.normal(0.0, 2.0, size=(n,), device=device)
    noisy_y = y + torch.normal(0.0, 2.0, size=(n,), device=device)
    return torch.stack((noisy_x, noisy_y), dim=1)
