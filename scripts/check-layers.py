#!/usr/bin/env python3
"""Fails on an #include that crosses a layer the wrong way (docs/ARCHITECTURE.md, "Layers and
dependencies"): core ← store ← app, core ← ui ← app, core ← sync/protocol ← sync/client ←
sync/server, and only the app's shell (the window, the screenshot command, the glue that draws a
face) touches Dear ImGui or GLFW; controllers and services know nothing of them.

Inside kiosk/app the folders are layers too ("The app's folders"): the root is the shared
foundation; letterbox/, records/ and sync/ stand on it; the three faces (family/, staff/,
coordinator/) stand on those and never include each other; demo/ seeds through the faces; shell/
builds the faces into a window; commands/ is the command line over all of it.

    scripts/check-layers.py [ROOT]     ROOT: the repository (default: this script's parent's)
"""
import pathlib
import re
import sys

# Each layer and the layers its files may include (besides third-party headers).
ALLOWED = {
    "kiosk/core": {"kiosk/core"},
    "kiosk/log": {"kiosk/log"},
    "kiosk/store": {"kiosk/store", "kiosk/core"},
    "kiosk/ui": {"kiosk/ui", "kiosk/core"},
    "sync/protocol": {"sync/protocol", "kiosk/core"},
    "sync/client": {"sync/client", "sync/protocol", "kiosk/core"},
    "sync/server": {"sync/server", "sync/client", "sync/protocol", "kiosk/core", "kiosk/log"},
    "kiosk/app": {"kiosk/app", "kiosk/ui", "kiosk/store", "kiosk/core", "kiosk/log",
                  "sync/protocol", "sync/client"},
}
# The app's own folders and the folders each may include ("" is kiosk/app itself, the shared
# foundation: configuration, opening the store, clocks, the outbox payload, words of a rule).
APP_FOLDERS = {
    "": {""},
    "letterbox": {"", "letterbox"},
    "records": {"", "records"},
    "sync": {"", "sync"},
    "family": {"", "family"},
    "staff": {"", "staff", "letterbox", "records", "sync"},
    "coordinator": {"", "coordinator", "letterbox", "records", "sync"},
    "demo": {"", "demo", "family", "staff", "coordinator", "letterbox", "records", "sync"},
    "shell": {"", "shell", "demo", "family", "staff", "coordinator", "letterbox", "records", "sync"},
    "commands": {"", "commands", "shell", "demo", "family", "staff", "coordinator", "letterbox", "records",
                 "sync"},
}
# Headers of the window system; in kiosk/app only these files of kiosk/app/shell/ may include them.
WINDOW_HEADERS = re.compile(r"#include\s*<(imgui[^>]*|GLFW/[^>]*|GL/[^>]*)>")
APP_SHELL = {"window.cpp", "window_lockdown.cpp", "glfw_errors.cpp", "screenshot.cpp", "kiosk_app.cpp",
             "staff_face.cpp", "display_probe.cpp"}
OURS = re.compile(r'#include\s*"((kiosk|sync|tests|bench)/[a-z_]+)/')
APP_INCLUDE = re.compile(r'#include\s*"kiosk/app/([^"]+)"')


def app_folder(relative_in_app: str) -> str:
    """The app folder of a path under kiosk/app ("" for a file at its root)."""
    return relative_in_app.split("/")[0] if "/" in relative_in_app else ""


def app_problem(relative: str, target: str):
    """Why an include of kiosk/app/TARGET from kiosk/app file RELATIVE crosses the app's folders, or None."""
    source = app_folder(relative[len("kiosk/app/"):])
    wanted = app_folder(target)
    if source not in APP_FOLDERS:
        return f"kiosk/app/{source}/ is not among the app's folders (scripts/check-layers.py APP_FOLDERS)"
    if wanted not in APP_FOLDERS:
        return f"includes kiosk/app/{target}, in a folder not among the app's folders"
    if wanted not in APP_FOLDERS[source]:
        allowed = ", ".join(sorted(f"kiosk/app/{f}/" if f else "kiosk/app/" for f in APP_FOLDERS[source]))
        name = f"kiosk/app/{source}/" if source else "kiosk/app/"
        return f"{name} includes kiosk/app/{target}; it may include only {allowed}"
    return None


def layer_of(relative: str):
    for layer in ALLOWED:
        if relative.startswith(layer + "/"):
            return layer
    return None


def check(root: pathlib.Path):
    problems = []
    for path in sorted(root.glob("**/*")):
        if path.suffix not in {".cpp", ".hpp", ".h"} or not path.is_file():
            continue
        relative = path.relative_to(root).as_posix()
        layer = layer_of(relative)
        if layer is None:
            continue
        for number, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
            if m := OURS.search(line):
                target = m.group(1)
                if target.split("/")[0] in {"tests", "bench"}:
                    problems.append(f"{relative}:{number}: {layer} includes {target}: product code never includes tests or benchmarks")
                elif target not in ALLOWED[layer]:
                    allowed = ", ".join(sorted(ALLOWED[layer]))
                    problems.append(f"{relative}:{number}: {layer} includes {target}; it may include only {allowed}")
            if layer == "kiosk/app" and (m := APP_INCLUDE.search(line)):
                if why := app_problem(relative, m.group(1)):
                    problems.append(f"{relative}:{number}: {why}")
            if WINDOW_HEADERS.search(line) and layer != "kiosk/ui":
                if layer != "kiosk/app" or app_folder(relative[len("kiosk/app/"):]) != "shell" \
                        or relative.count("/") != 3 or path.name not in APP_SHELL:
                    problems.append(f"{relative}:{number}: {layer} ({path.name}) includes a window header; "
                                    "only kiosk/ui and the app's shell draw")
    return problems


def main():
    root = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent.parent
    scanned = [root / layer for layer in ALLOWED if (root / layer).is_dir()]
    if not scanned:
        print(f"check-layers: no kiosk/ or sync/ folders under {root}")
        return 2
    problems = check(root)
    for problem in problems:
        print(problem)
    if problems:
        print(f"check-layers: {len(problems)} include(s) cross a layer the wrong way (docs/ARCHITECTURE.md)")
        return 1
    print(f"check-layers: every include in {', '.join(sorted(p.relative_to(root).as_posix() for p in scanned))} points the right way")
    return 0


if __name__ == "__main__":
    sys.exit(main())
