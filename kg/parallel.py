"""Run the per-document work (kg.pipeline.extract_document) over many documents: in this process, in local
worker processes, or on a Dask distributed cluster. Each way returns one DocumentResult per document; the
merge (kg.pipeline.graph_of) orders them by document id, so the graph does not depend on which worker
finished first. `work` must be a module-level function, so that it pickles by name."""
from __future__ import annotations

import multiprocessing
import os
import re
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed

from kg.errors import KgError
from kg.fingerprint import fingerprint
from kg.model import Document, DocumentResult

Work = Callable[[Document], DocumentResult]

CONNECT_TIMEOUT = "10s"      # to reach the scheduler
WORKERS_TIMEOUT = 30         # seconds to wait for a first worker to join it
ADDRESS_RE = re.compile(r"[a-z]+://\S+:\d+")


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def extract_local(work: Work, docs: list[Document], workers: int) -> Iterator[tuple[int, DocumentResult]]:
    """(index in `docs`, result) pairs as they finish, from `workers` processes (1: in this process)."""
    workers = max(1, min(workers, len(docs)))
    if workers == 1:
        yield from ((i, work(doc)) for i, doc in enumerate(docs))
        return
    # forkserver: the workers are forked from a clean process, never from one running threads (rich's progress)
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["kg.pipeline"])
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = {pool.submit(work, doc): i for i, doc in enumerate(docs)}
        for future in as_completed(futures):
            yield futures[future], future.result()


def extract_on_cluster(work: Work, docs: list[Document], address: str) -> Iterator[tuple[int, DocumentResult]]:
    """(index in `docs`, result) pairs as they finish on the Dask distributed cluster whose scheduler is `address`."""
    from distributed import Client, as_completed as dask_completed   # here: importing it takes ~0.5 s

    if not ADDRESS_RE.fullmatch(address):
        raise KgError(f"--scheduler takes a scheduler address such as tcp://HOST:8786, not {address!r}")
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as err:
        raise KgError(f"cannot reach the Dask scheduler at {address}: {err}") from None
    with client:
        _check_workers(client, address)
        futures = client.map(work, docs, pure=False)
        index = {future.key: i for i, future in enumerate(futures)}
        for future in dask_completed(futures, loop=client.loop):
            yield index[future.key], future.result()


def _check_workers(client, address: str) -> None:
    """Stop unless at least one worker is connected and every worker runs this very kg (code and data)."""
    try:
        client.wait_for_workers(1, timeout=WORKERS_TIMEOUT)
    except TimeoutError:
        raise KgError(f"no Dask worker joined the scheduler at {address} within {WORKERS_TIMEOUT} s") from None
    try:
        found = client.run(fingerprint)
    except ImportError as err:
        raise KgError(f"a Dask worker cannot import kg ({err}); install kg on every worker") from None
    other = sorted(worker for worker, value in found.items() if value != fingerprint())
    if other:
        raise KgError(f"Dask worker {other[0]} runs another version of kg (code or data files differ); "
                      "install the same kg on every worker")


def extract_all(work: Work, docs: list[Document], workers: int = 1, scheduler: str | None = None,
                progress: Callable[[Document], None] | None = None) -> list[DocumentResult]:
    """The result of each document, in the order of `docs`, by the chosen way; `progress` is called as each
    document finishes."""
    if not docs:
        return []
    results: dict[int, DocumentResult] = {}
    for i, result in (extract_on_cluster(work, docs, scheduler) if scheduler else extract_local(work, docs, workers)):
        results[i] = result
        if progress:
            progress(docs[i])
    return [results[i] for i in range(len(docs))]
