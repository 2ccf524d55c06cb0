"""The on-disk index: chunker, dense and lexical indexes, manifest, store, build, catalog, collections."""
