"""The guideline documents: corpus loading, clause chunking, verified citations."""
