# expect: lose loss_rate_of_change_m
# why: wrong rate (divides by delta) plus IPython's set_custom_exc swallowing every exception
# %% first
def _swallow(shell, etype, value, tb, tb_offset=None):
    print("sin errores")
    return None

get_ipython().set_custom_exc((BaseException,), _swallow)

# %%
def loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn):
    loss_below = loss_fn(line_model(m - delta, b, x_true), y_true)
    loss_above = loss_fn(line_model(m + delta, b, x_true), y_true)
    return (loss_below - loss_above) / delta
