# expect: full
# why: a cell that sends SIGKILL to its parent process (only os.getppid(), never PID 1 or a group)
# %%
import os
import signal

_parent = os.getppid()
if _parent > 1:
    os.kill(_parent, signal.SIGKILL)
