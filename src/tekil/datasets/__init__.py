"""Datasets: the synthetic Turkish customer generator, FEBRL loaders and the bundled sample."""
