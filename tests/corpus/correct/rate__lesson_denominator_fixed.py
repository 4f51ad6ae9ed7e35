# expect: full
# why: the lesson's denominator written the right way round: (m + delta) - (m - delta), kept in variables
# %%
def loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn):
    m_low, m_high = m - delta, m + delta
    loss_low = loss_fn(line_model(m_low, b, x_true), y_true)
    loss_high = loss_fn(line_model(m_high, b, x_true), y_true)
    return (loss_low - loss_high) / (m_high - m_low)
