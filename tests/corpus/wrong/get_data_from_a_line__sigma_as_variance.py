# expect: lose get_data_from_a_line
# why: treats sigma as the variance: the noise's standard deviation is sqrt(sigma)
# %%
def get_data_from_a_line(m, b, n, sigma=2, range=50, device=None):
    std = sigma ** 0.5  # "sigma es la varianza"
    x = range * torch.rand(n, device=device)
    y = m * x + b
    noisy_x = x + std * torch.randn(n, device=device)
    noisy_y = y + std * torch.randn(n, device=device)
    return torch.stack((noisy_x, noisy_y), dim=1)
