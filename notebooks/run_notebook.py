"""Executes explore.ipynb with nbclient for the test suite (tests/integration/notebook.test.ts).

Any cell error fails the run. Afterwards, in the same kernel, the notebook's relationships DataFrame
is written as JSON records to the path in LINKAGE_DATAFRAME_OUT, with a few facts the test checks
(figures drawn, who built cars for whom, every quote with its attribution), so the test can compare them with the seed graph.

Usage: LINKAGE_URL=http://127.0.0.1:4000 LINKAGE_DATAFRAME_OUT=out.json python run_notebook.py [notebook]
"""
import os
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

HERE = Path(__file__).resolve().parent

# Runs in the notebook's kernel after its own cells; only this runner adds it, the committed notebook stays clean.
REPORT_CELL = """
import json as _json
import matplotlib as _mpl
with open({out!r}, "w", encoding="utf-8") as _f:
    _json.dump({{
        "backend": _mpl.get_backend(),
        "figures": len(plt.get_fignums()),
        "relationships": relationships.astype(object).where(relationships.notna(), None).to_dict("records"),
        "quotes": quotes.astype(object).where(quotes.notna(), None).to_dict("records"),
        "who_built_for_whom": who_built_for_whom.to_dict("records"),
        "graph": {{"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}},
    }}, _f, ensure_ascii=False, default=str)
"""


def main() -> int:
    notebook_path = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "explore.ipynb"
    out = os.environ.get("LINKAGE_DATAFRAME_OUT")
    nb = nbformat.read(notebook_path, as_version=4)
    if out:
        nb.cells.append(nbformat.v4.new_code_cell(REPORT_CELL.format(out=out)))
    # The figures are drawn but never shown: no display in a test, and Agg needs none.
    os.environ.setdefault("MPLBACKEND", "Agg")
    client = NotebookClient(nb, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(notebook_path.parent)}})
    try:
        client.execute()
    except CellExecutionError as err:
        print(f"The notebook failed:\n{err}", file=sys.stderr)
        return 1
    print(f"Executed {len(nb.cells)} cells of {notebook_path.name}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
