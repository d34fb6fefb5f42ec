"""Evaluation suites: each module runs one suite and writes its report."""
