# expect: full
# why: a cell that tries the network (DNS lookup and TCP connects, nothing sent) and records success in its trap folder
# %%
import socket

_reached = []
for _host, _port in (("1.1.1.1", 443), ("8.8.8.8", 53), ("pypi.org", 443)):
    try:
        with socket.create_connection((_host, _port), timeout=3):
            _reached.append(_host)
    except OSError as _error:
        print("sin red:", _host, _error)
if _reached:
    try:
        with open("{{SCRATCH}}/network-reached.txt", "w", encoding="utf-8") as _file:
            _file.write(" ".join(_reached))
    except OSError:
        pass
print("alcanzados:", _reached)
