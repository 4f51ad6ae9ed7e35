# expect: full
# why: lesson style: torch.normal with tensors of means and stds, columns joined with torch.cat
# %%
def get_data_from_a_line(m, b, n, sigma=2, range=50, device=None):
    x = range * torch.rand(n, device=device)  # x limpias, uniformes en [0, range)
    y = m * x + b
    noise_x = torch.normal(torch.zeros_like(x), sigma * torch.ones_like(x))
    noise_y = torch.normal(torch.zeros_like(y), sigma * torch.ones_like(y))
    x_with_noise = x + noise_x
    y_with_noise = y + noise_y
    data = torch.cat((x_with_noise[:, None], y_with_noise[:, None]), dim=1)
    return data
