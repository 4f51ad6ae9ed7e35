# expect: full
# why: the notebook's process is its box's pid 1, so orphans come to it; a cell leaves 80 zombies (children that end at once, never waited for) and 80 orphaned grandchildren that end too, more than the box's process cap of 64: judging still forks its process for the calls, and every function keeps full marks
# %%
import os

_inside = os.getpid() == 1 and os.getuid() != 0  # only as a box's pid 1; never on a host
_made = 0
if _inside:
    for _ in range(80):
        try:
            _pid = os.fork()
        except OSError:
            break
        if _pid == 0:
            try:
                if os.fork() != 0:
                    os._exit(0)  # the middle one ends: its child becomes an orphan of pid 1
            except OSError:
                pass
            os._exit(0)
        _made += 1
print("hijos sin esperar:", _made)
