# expect: lose loss_rate_of_change_m
# why: the student's own rate ends its process with SystemExit; the grader's form probe of that rate (inside training) must swallow it, so only the rate loses points
# %%
def loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn):
    raise SystemExit("adiós")
