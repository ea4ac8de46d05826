"""The spaCy side of kgraph: pipelines, the gazetteer ruler, normalizers, relations."""
