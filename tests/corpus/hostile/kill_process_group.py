# expect: full
# why: a cell sends SIGKILL to its whole process group (os.kill(0, …)), which every fork shares with the zygote and with the boxes of the submissions graded beside it; it does so only inside a box (its group's leader outside its PID namespace), so it can never reach the test run
# %% first
import os
import signal

if os.getpgrp() == 0:  # the group's leader lives outside this PID namespace: this is a box
    try:
        os.kill(0, signal.SIGKILL)
        print("señal enviada al grupo")
    except PermissionError:
        print("kill(0) rechazado")
