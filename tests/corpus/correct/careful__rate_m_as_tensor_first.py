# expect: full
# why: the rate converts m to a tensor with torch.as_tensor first (no dtype forced), then applies the formula
# %%
def loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn):
    m = torch.as_tensor(m)  # nombre local nuevo; el argumento no cambia
    m_menos = m - delta
    m_mas = m + delta
    perdida_menos = loss_fn(line_model(m_menos, b, x_true), y_true)
    perdida_mas = loss_fn(line_model(m_mas, b, x_true), y_true)
    return (perdida_menos - perdida_mas) / (2 * delta)
