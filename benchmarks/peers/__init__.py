"""The tools that ``benchmarks/compare.py`` runs, one module per tool.

Each module has ``run(job: Job) -> Output`` (see :mod:`peers.common`) and imports its
library at module level, so that the import is not part of the timed run.
"""

#: Tool name -> module of this package that runs it.
RUNNERS: dict[str, str] = {
    "tekil": "peers.tekil_runner",
    "splink": "peers.splink_runner",
    "recordlinkage": "peers.recordlinkage_runner",
}
