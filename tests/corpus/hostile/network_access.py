# expect: full
# why: a cell that tries the network: a TCP connect to a port the test listens on at this machine's loopback
# %%
import socket

# Only this machine's loopback, on the port the test opened ({{PORT}}): nothing leaves the machine.
try:
    with socket.create_connection(("127.0.0.1", int("{{PORT}}")), timeout=3):
        reached = True
except OSError as _error:
    reached = False
    print("sin red:", _error)
if reached:
    try:
        with open("{{SCRATCH}}/network-reached.txt", "w", encoding="utf-8") as _file:
            _file.write("127.0.0.1:{{PORT}}")
    except OSError:
        pass
print("alcanzado:", reached)
