"""Scale-out: `sitrep batch`, extraction on a Dask cluster into a Parquet dataset (`scale.batch`). Needs the
optional packages of `pip install 'sitrep[dask]'`."""

PARTITION_SIZE = 32  # articles per partition by default (one task, one file per table): small enough to spread
# a few hundred articles evenly over the workers; a corpus of millions wants more per partition (--partition-size)
