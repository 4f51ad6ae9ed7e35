"""The hidden suites' view of a running submission: ``student.call(name, *args) -> Call``.

``SandboxStudent`` turns each call into a request to the submission's sandbox
(``autograder.execute`` keeps it alive and within its time), with tensor
arguments in memory the grader reads back itself (``autograder.sandbox.exchange``) and
the stand-ins' questions answered by the grader (``autograder.trusted``).
"""

from __future__ import annotations

import dataclasses
import socket
from typing import Any

from autograder import trusted
from autograder.sandbox import exchange
from autograder.execute import BUDGET_MESSAGE, Execution, death_message
from autograder.proxy import Call, Failure, call_from_reply
from autograder.sandbox.channel import Death


class SandboxStudent:
    """The hidden suites' view of a submission: ``call`` runs a function in the sandbox.

    Tensor arguments travel in memory the grader keeps (``autograder.sandbox.exchange``), so
    the grader itself sees whether a call changed them; the stand-ins' questions are
    answered here, only those the judged function may ask (``autograder.trusted``).
    """

    def __init__(self, execution: Execution) -> None:
        self.execution = execution
        self.broken: dict[str, Failure] = {}
        self.calls = 0
        self.settled = trusted.Settled()

    def record_verdict(self, function: str, full_marks: bool) -> None:
        """The suite runner's word on one finished hidden test (see ``trusted.Settled``)."""
        self.settled.record(function, full_marks)

    def _out_of_time(self) -> Failure:
        text = BUDGET_MESSAGE.format(seconds=self.execution.limits.submission_timeout_s)
        return Failure("timeout", text[0].upper() + text[1:])

    def _call_seed(self) -> int:
        """Each call's child starts from its own seed: reproducible, and different from call to call."""
        self.calls += 1
        return (self.execution.seed * 1_000_003 + self.calls) % (2**63)

    def call(self, function: str, *args: Any, **kwargs: Any) -> Call:
        if self.execution.remaining() <= 0:
            return Call(function, args, kwargs, failure=self._out_of_time())
        if function in self.broken:
            return Call(function, args, kwargs, failure=self.broken[function])
        sandbox = self.execution.live()
        if isinstance(sandbox, Death):
            failure = Failure("crash", f"No se pudo preparar el entorno del cuaderno para llamar a `{function}`; "
                                       f"{death_message(sandbox)}.")
            return Call(function, args, kwargs, failure=failure)
        permitted = trusted.allowed(function, args, kwargs)
        native = self.settled.native(function, args, kwargs)
        shared = exchange.share(args, kwargs)
        questions, theirs = socket.socketpair()  # the stand-ins' questions: this call's alone
        try:
            message = {"op": "call", "function": function, "args": shared.args, "kwargs": shared.kwargs,
                       "helpers": sorted(set(trusted.MAY_USE.get(function, ())) - set(native)),
                       "native": native, "seed": self._call_seed(), "questions": len(shared.fds)}
            timeout = self.execution.bounded(self.execution.limits.call_timeout_s)
            reply = sandbox.judged_call(function, message, timeout, [*shared.fds, theirs.fileno()],
                                        lambda question: trusted.answer(question, permitted), questions)
            if isinstance(reply, Death) and reply.kind == "timeout" and timeout < self.execution.limits.call_timeout_s:
                sandbox.close()  # cut short by the submission's cap, not by its own deadline
                return Call(function, args, kwargs, failure=self._out_of_time())
            if isinstance(reply, Death):
                sandbox.close()
                kind = reply.kind if reply.kind in ("timeout", "crash", "output_limit", "protocol") else "crash"
                failure = Failure(kind, f"`{function}` {death_message(reply)}; "  # type: ignore[arg-type]
                                        "no se vuelve a llamar en las demás pruebas.")
                self.broken[function] = failure
                return Call(function, args, kwargs, failure=failure)
            if reply.get("status") == "died":
                detail = str(reply.get("detail", ""))[:80]
                failure = Failure("crash", f"`{function}` terminó su proceso sin devolver nada "
                                           f"({detail + '; ' if detail else ''}¿os._exit, sys.exit, un fallo grave "
                                           "o falta de memoria?); no se vuelve a llamar en las demás pruebas.")
                self.broken[function] = failure
                return Call(function, args, kwargs, output=str(reply.get("output", "")), failure=failure)
            call = call_from_reply(function, args, kwargs, reply)
            self.settled.heard(function, call.output, not call.ok)
            if call.ok:
                after_args, after_kwargs = shared.after(args, kwargs)
                call = dataclasses.replace(call, args_after=after_args, kwargs_after=after_kwargs)
            return call
        finally:
            shared.close()
            questions.close()
            theirs.close()
