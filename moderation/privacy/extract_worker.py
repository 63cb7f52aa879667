"""The extraction worker: `python -m moderation.privacy.extract_worker MEMORY_BYTES`.

It imports the readers, limits its own address space (RLIMIT_AS), forbids writing files, says
"ready", then serves requests until stdin closes or its parent process is gone. The parent
(extract_pool) enforces the time limit by killing it.
Framing on stdin/stdout: an 8-byte big-endian length, then the payload.
Request: a JSON header {"kind": ..., "limits": {...}} frame, then the file's bytes frame.
Reply: one JSON frame, `Extraction.as_json()`. Nothing is unpickled on either side.
A header with "task": "pictures" asks for the thumbnails of the pictures inside the file
instead (extract_pictures): reply {"pictures": [...]} or {"error": reason}; "task":
"text_pictures" (with "side" and "most") the pictures that may hold text, as base64 PNG.
"""

import json
import os
import resource
import struct
import sys
import threading
import time
import warnings
from typing import BinaryIO

FRAME = struct.Struct(">Q")


def read_frame(stream: BinaryIO) -> bytes | None:
    header = stream.read(FRAME.size)
    if len(header) < FRAME.size:
        return None
    (size,) = FRAME.unpack(header)
    payload = stream.read(size)
    return payload if len(payload) == size else None


def write_frame(stream: BinaryIO, payload: bytes) -> None:
    stream.write(FRAME.pack(len(payload)))
    stream.write(payload)
    stream.flush()


def limit_resources(memory_bytes: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))  # reading needs no file writes
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def exit_with_parent(parent: int) -> None:
    """A worker busy on a file does not read stdin: stop it if the parent process is gone."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def serve(requests: BinaryIO, replies: BinaryIO) -> None:
    from .extract_readers import extract_in_process
    from .extract_result import Limits, failed

    while (header := read_frame(requests)) is not None:
        data = read_frame(requests)
        if data is None:
            return
        request = json.loads(header)
        limits = Limits(**request["limits"])
        if request.get("task") in ("pictures", "text_pictures"):
            write_frame(replies, pictures_reply(data, request, limits))
            continue
        try:
            result = extract_in_process(data, request["kind"], limits).as_json()
            del data
            payload = json.dumps(result).encode()
        except MemoryError:
            result = None
            payload = json.dumps(failed("memory", "while sending the text").as_json()).encode()
        write_frame(replies, payload)


def pictures_reply(data: bytes, request: dict, limits) -> bytes:
    """{"pictures": [thumbnail...]} or {"error": reason} (extract_pictures); for the task
    "text_pictures", {"pictures": [base64 PNG...]}."""
    import base64

    from .extract_pictures import embedded_thumbnails, text_pictures

    kind = request["kind"]
    try:
        if request.get("task") == "text_pictures":
            side, most = int(request["side"]), int(request["most"])
            pictures = text_pictures(data, kind, limits, side, most)
            found = [base64.b64encode(picture).decode() for picture in pictures]
        else:
            found = [thumbnail.as_json() for thumbnail in embedded_thumbnails(data, kind, limits)]
        return json.dumps({"pictures": found}).encode()
    except MemoryError:
        return json.dumps({"error": "memory"}).encode()
    except Exception as error:  # a hostile file: no pictures could be read
        return json.dumps({"error": type(error).__name__}).encode()


def main(argv: list[str]) -> None:
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # stray prints must not break framing
    warnings.simplefilter("ignore")
    import PIL.Image  # noqa: F401  (imported before the limits: no lazy import later)

    from . import extract_pictures, extract_readers  # noqa: F401

    limit_resources(int(argv[1]))
    exit_with_parent(os.getppid())
    write_frame(replies, b"ready")
    serve(sys.stdin.buffer, replies)


if __name__ == "__main__":
    main(sys.argv)
