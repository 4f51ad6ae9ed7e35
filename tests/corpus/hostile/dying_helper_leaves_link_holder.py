# expect: lose loss_rate_of_change_m
# why: a wrong rate that, in any process of the grader's box but its worker, forks a sleeper (gone within 30 s) and ends its own process with os._exit, past every except. The sleeper keeps the dying process's end of its link open, so no end of file ever tells the reader that the writer is gone: the judged calls of the rate and the form probes of the rate made inside the trainings waited until their deadlines. The reader now also watches the writer's own process, so only the rate pays
# check: skip the rate is wrong everywhere; the sleeper and the exit happen only inside the grader's box
# %%
import os
import time


def _in_the_box_but_not_the_worker():
    """Inside the grader's box (its home is a tmpfs), as an unprivileged user, not its PID 1: never on a host."""
    try:
        with open("/proc/self/mountinfo", encoding="utf-8") as handle:
            boxed = " /home/alumno " in handle.read()
    except OSError:
        return False
    return boxed and os.getuid() != 0 and os.getpid() != 1


def loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn):
    if _in_the_box_but_not_the_worker():
        if os.fork() == 0:
            try:
                time.sleep(30)
            finally:
                os._exit(0)
        os._exit(0)
    return (loss_fn(line_model(m + delta, b, x_true), y_true) - loss_fn(line_model(m - delta, b, x_true), y_true)) / (2 * delta)
