"""Finding clauses: Japanese tokenizer, BM25, embeddings, the index, fused retrieval, coverage, glossary."""
