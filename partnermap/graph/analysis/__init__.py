"""What can be learnt from a loaded map: its networkx graph (`build`), parts of it chosen by
kind, type or focus (`select`), network measures, brokers, coverage and gaps (`metrics`), and
what changed between two maps (`diff`). Results are data; wording lives in `output`."""
