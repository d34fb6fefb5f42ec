"""Taking in a user's own guideline (``careplan-assistant ingest``): extract, outline, clauses, store."""
