"""The Celery app for the fault tests' worker processes: the project's own app, with one pause.

`PPID_FAULT_PAUSE=module:function` makes that function, the first time it is called in this
process, touch the file `PPID_FAULT_MARKER` and then block, so that the test can kill the
worker with SIGKILL at a known point in the middle of a job. Without the variable the worker is
the project's worker, unchanged.
"""

import importlib
import os
import time
from pathlib import Path

from config.celery import app

__all__ = ["app"]


def install_pause(target: str, marker: Path) -> None:
    module_name, function_name = target.split(":")
    module = importlib.import_module(module_name)
    real = getattr(module, function_name)

    def paused(*args, **kwargs):
        marker.write_text(str(os.getpid()))
        time.sleep(3600)  # killed here
        return real(*args, **kwargs)

    setattr(module, function_name, paused)


if os.environ.get("PPID_FAULT_PAUSE"):
    import django

    django.setup()
    install_pause(os.environ["PPID_FAULT_PAUSE"], Path(os.environ["PPID_FAULT_MARKER"]))
