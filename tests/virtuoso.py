"""A throw-away OpenLink Virtuoso 7 server (Debian virtuoso-opensource, scripts/setup.d/20-virtuoso.sh): its
database in a temporary folder, listening on free loopback ports only, stopped at the end."""
from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from tooling import missing_tool

PACKAGE_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
PACKAGE_DB = "/var/lib/virtuoso-opensource-7/db"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Virtuoso:
    def __init__(self, folder: Path):
        if not (shutil.which("virtuoso-t") and shutil.which("isql-vt") and PACKAGE_INI.is_file()):
            missing_tool("Virtuoso (virtuoso-t, isql-vt) is not installed (scripts/setup.d/20-virtuoso.sh)")
        self.folder = folder
        self.data = folder / "data"
        self.sql_port, self.http_port = _free_port(), _free_port()
        self.process: subprocess.Popen | None = None

    def _ini(self) -> str:
        """The package's virtuoso.ini with the database in our folder, loopback ports, our data folder allowed."""
        ini = PACKAGE_INI.read_text(encoding="utf-8").replace(PACKAGE_DB, str(self.folder / "db"))
        ini = re.sub(r"(?m)^ServerPort(\s*)=\s*1111\b.*$", rf"ServerPort\g<1>= 127.0.0.1:{self.sql_port}", ini)
        ini = re.sub(r"(?m)^ServerPort(\s*)=\s*8890\b.*$", rf"ServerPort\g<1>= 127.0.0.1:{self.http_port}", ini)
        ini = re.sub(r"(?m)^DirsAllowed(\s*)=(.*)$", rf"DirsAllowed\g<1>=\2, {self.data}", ini)
        assert f"127.0.0.1:{self.sql_port}" in ini and f"127.0.0.1:{self.http_port}" in ini and str(self.data) in ini
        return ini

    def start(self, timeout: float = 60) -> None:
        (self.folder / "db").mkdir(parents=True)
        self.data.mkdir()
        (self.folder / "virtuoso.ini").write_text(self._ini(), encoding="utf-8")
        self.process = subprocess.Popen(["virtuoso-t", "+foreground", "+configfile", "virtuoso.ini"],
                                        cwd=self.folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                log = (self.folder / "db" / "virtuoso.log").read_text(errors="replace")[-2000:]
                raise RuntimeError(f"virtuoso-t exited with {self.process.returncode}:\n{log}")
            try:
                self.select("ASK {}")
                return
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"Virtuoso did not answer on 127.0.0.1:{self.http_port} within {timeout} s")

    def isql(self, sql: str) -> str:
        """Run SQL with isql-vt; it exits 0 even on errors, so its output is checked for them."""
        run = subprocess.run(["isql-vt", f"127.0.0.1:{self.sql_port}", "dba", "dba", f"exec={sql}"],
                             capture_output=True, text=True, timeout=300)
        if run.returncode != 0 or "*** Error" in run.stdout + run.stderr:
            raise RuntimeError(f"isql-vt failed: {run.stdout}{run.stderr}")
        return run.stdout

    def load(self, files: list[Path], graph: str) -> None:
        """Bulk-load Turtle files into the named graph `graph`; fail when a file did not load."""
        for file in files:
            shutil.copy(file, self.data / file.name)
        self.isql(f"ld_dir('{self.data}', '*.ttl', '{graph}'); rdf_loader_run(); checkpoint;")
        errors = self.isql("SELECT ll_file, ll_error FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;")
        if "0 Rows" not in errors:
            raise RuntimeError(f"Virtuoso could not load a file:\n{errors}")

    def select(self, query: str, graph: str | None = None) -> dict:
        """The SPARQL 1.1 JSON results of `query` from the HTTP endpoint, over `graph` as default graph."""
        params = {"query": query, **({"default-graph-uri": graph} if graph else {})}
        request = urllib.request.Request(f"http://127.0.0.1:{self.http_port}/sparql?" + urllib.parse.urlencode(params),
                                         headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read().decode("utf-8"))

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        subprocess.run(["isql-vt", f"127.0.0.1:{self.sql_port}", "dba", "dba", "-K"], capture_output=True, timeout=60)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
