"""One module per ``miner`` subcommand; see :mod:`miner.cli`."""
