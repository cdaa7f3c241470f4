"""Execute every notebook in examples/notebooks top to bottom with nbclient.

usage: python run_notebooks.py <output-dir>
Executed copies (with their outputs) are written to <output-dir>; the working directory of each
notebook is <output-dir>, so files it saves land there. Exit status 1 if any cell fails.
"""
import pathlib
import sys

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

NOTEBOOKS = pathlib.Path(__file__).parent / "notebooks"


def main(output_dir: str) -> int:
    out = pathlib.Path(output_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    failed = 0
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        notebook = nbformat.read(path, as_version=4)
        client = NotebookClient(notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(out)}})
        try:
            client.execute()
            print(f"ran {path.name}")
        except CellExecutionError as error:
            failed += 1
            print(f"failed {path.name}: {error}", file=sys.stderr)
        nbformat.write(notebook, out / path.name)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "notebook-output"))
