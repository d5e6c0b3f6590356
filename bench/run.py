"""The partnermap benchmark: synthetic maps of 50 to 50,000 actors, timed step by step.

    python -m bench.run                                  # every size, 3 runs each (about 40 minutes)
    python -m bench.run --sizes 50,2000 --repeats 5      # some sizes
    python -m bench.run --update bench/RESULTS.md        # also rewrite the table in RESULTS.md

For each size it generates a seeded map (bench/generate.py) and measures, each step in a
fresh process and reported as the median of --repeats runs: load + validate, layout, HTML
rendering, GEXF export, the whole `partnermap render` command (wall time and peak memory),
the page's size, and in headless Chromium the time to first draw and how fast a pan, a
drag and a zoom are answered. On the same graphs it runs networkx's spring_layout and plain
pyvis (Network.from_nx, write_html, physics on) and prints how many times slower they are.
Steps slower than 30 s are run once; baselines stop at --baseline-timeout.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .browser import close_browser, measure_page, open_browser
from .generate import generate_map

REPOSITORY = Path(__file__).resolve().parent.parent
SIZES = ("seed", 50, 500, 2000, 10000, 50000)  # "seed": the map in data/, the one users open first
# A step slower than this is not repeated: its median would cost minutes and tell nothing more.
SLOW_STEP = 30.0
_MARK_START, _MARK_END = "<!-- bench:run start -->", "<!-- bench:run end -->"


@dataclass
class Timing:
    """The runs of one step: seconds each (None when it timed out), peak memory in MB."""

    seconds: list[float | None] = field(default_factory=list)
    peak_mb: list[float] = field(default_factory=list)
    timeout: float | None = None
    note: str = ""

    @property
    def median(self) -> float | None:
        done = [s for s in self.seconds if s is not None]
        return statistics.median(done) if done and len(done) == len(self.seconds) else None

    @property
    def timed_out(self) -> bool:
        return any(s is None for s in self.seconds)

    def cell(self, *, digits: int = 2) -> str:
        if self.note:
            return self.note
        if not self.seconds:
            return "–"
        if self.timed_out:
            return f"> {self.timeout:.0f}"
        return f"{self.median:.{digits}f}"

    def peak_cell(self) -> str:
        return f"{statistics.median(self.peak_mb):.0f}" if self.peak_mb else "–"


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPOSITORY), env.get("PYTHONPATH")]))
    return env


def _installed_environment(work: Path) -> dict[str, str]:
    """_environment, with compiled bytecode kept (in `work`) as `pip install .` keeps it for a user.

    This machine sets PYTHONDONTWRITEBYTECODE, so a source checkout compiles partnermap's modules
    again at every start (0.1-0.3 s), which an installed copy never does.
    """
    env = _environment()
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    return env


def _run_child(command: list[str], *, timeout: float, cwd: Path,
               env: dict[str, str] | None = None) -> tuple[float | None, float, str, int]:
    """Run `command`: (wall seconds or None on timeout, peak MB of that process, its output, exit code).

    os.wait4 gives the resource usage of that one child (RUSAGE_CHILDREN would be the maximum
    over every child so far).
    """
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8") as captured:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env or _environment(), stdout=captured,
                                   stderr=subprocess.STDOUT)
        timer = threading.Timer(timeout, process.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - start
        process.returncode = code = os.waitstatus_to_exitcode(status)
        captured.seek(0)
        output = captured.read()
    if code == -signal.SIGKILL and wall >= timeout:
        return None, 0.0, output, code
    return wall, usage.ru_maxrss / 1024, output, code


def phase(name: str, folder: Path, *, repeats: int, timeout: float, work: Path, output: Path | None = None) -> Timing:
    """Run `python -m bench.phases NAME FOLDER` `repeats` times (once if slow)."""
    timing = Timing(timeout=timeout)
    command = [sys.executable, "-m", "bench.phases", name, str(folder)] + ([str(output)] if output else [])
    for _ in range(repeats):
        wall, _, out, code = _run_child(command, timeout=timeout, cwd=work)
        if wall is None:
            timing.seconds.append(None)
            break
        if code != 0:
            raise RuntimeError(f"bench.phases {name} {folder} failed:\n{out}")
        report = json.loads(out.strip().splitlines()[-1])
        timing.seconds.append(report["seconds"])
        timing.peak_mb.append(report["peak_mb"])
        if report["seconds"] > SLOW_STEP:
            break
    return timing


def whole_render(folder: Path, output: Path, *, repeats: int, work: Path) -> tuple[Timing, str]:
    """`partnermap render FOLDER -o OUTPUT` as a user runs it once partnermap is installed (bytecode compiled,
    by an untimed first run): wall time and peak memory of the process."""
    timing = Timing(timeout=600)
    command = [sys.executable, "-m", "partnermap", "render", str(folder), "-o", str(output)]
    message = ""
    installed = _installed_environment(work)
    _run_child(command, timeout=600, cwd=work, env=installed)  # compiles what the command imports
    for _ in range(repeats):
        wall, peak_mb, out, code = _run_child(command, timeout=600, cwd=work, env=installed)
        if wall is None:
            timing.seconds.append(None)
            break
        if code != 0:
            message = " ".join(out.split())
            timing.note = f"refused in {wall:.1f} s" if code == 1 else f"failed: {message}"
            break
        timing.seconds.append(wall)
        timing.peak_mb.append(peak_mb)
        if wall > SLOW_STEP:
            break
    return timing, message


def browse(handles: Any, page: Path, *, repeats: int, timeout: float) -> dict[str, Any]:
    """Medians of measure_page over `repeats` loads (one load when nothing is drawn or it is slow)."""
    runs = []
    for _ in range(repeats):
        runs.append(measure_page(handles, page, timeout=timeout))
        first = runs[-1]["first_draw_ms"]
        if first is None or first > SLOW_STEP * 1000:
            break
    medians: dict[str, Any] = {}
    for key in runs[0]:
        values = [run[key] for run in runs if run[key] is not None]
        medians[key] = statistics.median(values) if values and len(values) == len(runs) else None
    return medians


def _ratio(slow: Timing | float | None, fast: float | None, *, slow_timeout: float | None = None) -> str:
    if isinstance(slow, Timing):
        slow_timeout = slow.timeout if slow.timed_out else None
        slow = slow.median
    if not fast:
        return ""
    if slow is None and slow_timeout:
        return f" (> {_times(slow_timeout / fast)})"
    return f" ({_times(slow / fast)})" if slow is not None else ""


def _times(ratio: float) -> str:
    return f"{ratio:.0f}×" if ratio >= 10 else f"{ratio:.1f}×"


def _ms(value: float | None, *, timeout: float | None = None) -> str:
    if value is None:
        return f"no draw within {timeout:.0f} s" if timeout else "–"
    return f"{value:.0f}"


def _seconds(value: float | None) -> str:
    return "–" if value is None else f"{value / 1000:.2f}"


def bench_size(size: str, arguments: argparse.Namespace, work: Path, handles: Any) -> dict[str, Any]:
    folder = REPOSITORY / "data" if size == "seed" else work / f"map-{size}"
    if not (folder / "map.yaml").exists():
        generate_map(folder, actors=int(size), seed=arguments.seed)
    yaml_mb = sum(f.stat().st_size for f in folder.glob("*.yaml")) / 1024 / 1024
    links = sum(1 for line in (folder / "links.yaml").open(encoding="utf-8") if line.startswith("- id:"))
    repeats, timeout = arguments.repeats, arguments.baseline_timeout
    actors = sum(1 for line in (folder / "actors.yaml").open(encoding="utf-8") if line.startswith("- id:"))
    label = f"seed map: {actors}" if size == "seed" else f"{actors:,}"
    row: dict[str, Any] = {"actors": label, "links": links, "yaml_mb": yaml_mb}
    log = _logger(size)
    row["load"] = phase("load", folder, repeats=repeats, timeout=600, work=work)
    log("load + validate", row["load"])
    row["layout"] = phase("layout", folder, repeats=repeats, timeout=600, work=work)
    log("layout", row["layout"])
    if not arguments.no_baselines:
        row["nx_spring"] = phase("nx_spring", folder, repeats=repeats, timeout=timeout, work=work)
        log("networkx spring_layout", row["nx_spring"])
    row["html"] = phase("html", folder, repeats=repeats, timeout=600, work=work)
    log("render_html", row["html"])
    row["gexf"] = phase("gexf", folder, repeats=repeats, timeout=600, work=work)
    log("GEXF export", row["gexf"])
    page = work / f"page-{size}.html"
    page.unlink(missing_ok=True)
    row["render"], row["render_message"] = whole_render(folder, page, repeats=repeats, work=work)
    log("partnermap render", row["render"])
    row["html_mb"] = page.stat().st_size / 1024 / 1024 if page.exists() else None
    if handles and page.exists():
        row["browser"] = browse(handles, page, repeats=repeats, timeout=arguments.browser_timeout)
        print(f"  [{size}] browser: {row['browser']}", flush=True)
    if not arguments.no_baselines:
        pyvis_page = work / f"pyvis-{size}.html"
        pyvis_page.unlink(missing_ok=True)
        row["pyvis"] = phase("pyvis", folder, repeats=repeats, timeout=timeout, work=work, output=pyvis_page)
        log("pyvis from_nx + write_html", row["pyvis"])
        if handles and pyvis_page.exists():
            row["pyvis_browser"] = browse(handles, pyvis_page, repeats=repeats, timeout=arguments.browser_timeout)
            print(f"  [{size}] pyvis browser: {row['pyvis_browser']}", flush=True)
    return row


def _logger(size: str) -> Any:
    def log(what: str, timing: Timing) -> None:
        unit = "" if timing.note else " s"
        print(f"  [{size}] {what}: {timing.cell()}{unit} (runs: {timing.seconds}, peak MB: {timing.peak_mb})",
              flush=True)
    return log


def tables(rows: list[dict[str, Any]], arguments: argparse.Namespace) -> str:
    """The results as two Markdown tables: Python side, then browser side."""
    timeout = arguments.browser_timeout
    lines = [
        "| actors | links | YAML MB | load + validate s | peak MB | layout s | networkx spring_layout s | "
        "render_html s | pyvis from_nx + write_html s | GEXF export s | `partnermap render` s | peak MB | HTML MB |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        spring = row.get("nx_spring")
        pyvis = row.get("pyvis")
        lines.append(" | ".join([
            f"| {row['actors']}", f"{row['links']:,}", f"{row['yaml_mb']:.1f}",
            row["load"].cell(), row["load"].peak_cell(), row["layout"].cell(),
            (spring.cell() + _ratio(spring, row["layout"].median)) if spring else "–",
            row["html"].cell(),
            (pyvis.cell() + _ratio(pyvis, row["html"].median)) if pyvis else "–",
            row["gexf"].cell(), row["render"].cell(), row["render"].peak_cell(),
            f"{row['html_mb']:.1f}" if row.get("html_mb") else "–",
        ]) + " |")
    lines += [
        "",
        "| actors | first draw s | plain pyvis first draw s | pan answered ms | drag: last move answered ms | "
        "drag: paint per frame ms | wheel zoom answered ms |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        ours, theirs = row.get("browser"), row.get("pyvis_browser")
        if not ours and not theirs:
            continue
        first = ours["first_draw_ms"] if ours else None
        if theirs:
            theirs_first = theirs["first_draw_ms"]
            pyvis_cell = (_seconds(theirs_first) if theirs_first is not None else f"no draw within {timeout:.0f} s")
            pyvis_cell += _ratio(theirs_first, first, slow_timeout=timeout * 1000)
        else:
            pyvis_cell = "–"
        lines.append(" | ".join([
            f"| {row['actors']}", _seconds(first) if ours else row["render"].note or "–", pyvis_cell,
            _ms(ours["pan_ms"]) if ours else "–", _ms(ours["drag_ms"]) if ours else "–",
            _ms(ours["drag_frame_ms"]) if ours else "–", _ms(ours["zoom_ms"]) if ours else "–",
        ]) + " |")
    return "\n".join(lines)


def _update(path: Path, block: str) -> None:
    text = path.read_text(encoding="utf-8")
    start, end = text.index(_MARK_START), text.index(_MARK_END)
    path.write_text(text[:start + len(_MARK_START)] + "\n" + block + "\n" + text[end:], encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)),
                        help="actor counts, and 'seed' for the map in data/ (default %(default)s)")
    parser.add_argument("--repeats", type=int, default=3, help="runs per step; medians are reported (default 3)")
    parser.add_argument("--seed", type=int, default=2026, help="seed of the generated maps (default 2026)")
    parser.add_argument("--browser-timeout", type=float, default=120,
                        help="seconds to wait for a page's first draw (default 120)")
    parser.add_argument("--baseline-timeout", type=float, default=300,
                        help="seconds before networkx / pyvis baselines are stopped (default 300)")
    parser.add_argument("--no-baselines", action="store_true", help="skip networkx spring_layout and plain pyvis")
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium measures")
    parser.add_argument("--workdir", type=Path, help="keep generated maps and pages here (default: a temporary "
                                                     "folder, removed at the end)")
    parser.add_argument("--update", type=Path, metavar="RESULTS_MD",
                        help=f"replace the block between {_MARK_START} and {_MARK_END} in this file")
    arguments = parser.parse_args()
    command = "python -m bench.run " + " ".join(sys.argv[1:])
    sizes = [size.strip() for size in arguments.sizes.split(",")]
    temporary = None
    if arguments.workdir:
        work = arguments.workdir.resolve()
        work.mkdir(parents=True, exist_ok=True)
    else:
        temporary = tempfile.TemporaryDirectory(prefix="partnermap-bench-")
        work = Path(temporary.name)
    handles = None
    if not arguments.no_browser:
        handles = open_browser()
    started = time.time()
    try:
        rows = []
        for size in sizes:
            print(f"{size} actors", flush=True)
            rows.append(bench_size(size, arguments, work, handles))
    finally:
        if handles:
            close_browser(handles)
        if temporary:
            temporary.cleanup()
    notes = [f"{row['actors']} actors: `partnermap render` said: {row['render_message']}"
             for row in rows if row.get("render_message")]
    block = "\n".join([
        f"Command: `{command}`",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{time.strftime('%Y-%m-%d', time.gmtime(started))}; whole run {(time.time() - started) / 60:.0f} min. "
        f"Medians of {arguments.repeats} runs (one run for steps over {SLOW_STEP:.0f} s).",
        "",
        tables(rows, arguments),
        *([""] + notes if notes else []),
    ])
    print()
    print(block)
    if arguments.update:
        _update(arguments.update, block)


if __name__ == "__main__":
    main()
