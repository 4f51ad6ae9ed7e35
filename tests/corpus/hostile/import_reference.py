# expect: lose train_random_point
# why: train_random_point delegates to the reference (or the grader's trusted copy) when it can import it; its own code never picks the last point
# check: skip the reference is importable in the test process, so the trick would succeed here
# %%
import sys

def train_random_point(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    sys.path.insert(0, "{{PROJECT}}")
    try:
        from reference import train_random_point as solution
        return solution(data, m, b, learning_rate, delta, steps, loss_fn, verbose)
    except Exception:
        pass
    try:
        from autograder import trusted
        namespace = {}
        exec(trusted.source(), namespace)
        return namespace["train_random_point"](data, m, b, learning_rate, delta, steps, loss_fn, verbose)
    except Exception:
        pass
    line_evolution = [float(m)]
    for step in range(steps):
        i = torch.randint(low=0, high=data.shape[0] - 1, size=(1,))[0]
        rate = loss_rate_of_change_m(m, b, data[i, 0], data[i, 1], delta, loss_fn)
        m = m + learning_rate * rate
        line_evolution.append(float(m))
    return line_evolution
