"""Scale-out: `sitrep batch`, extraction on a Dask cluster into a Parquet dataset (`scale.batch`). Needs the
optional packages of `pip install 'sitrep[dask]'`."""
