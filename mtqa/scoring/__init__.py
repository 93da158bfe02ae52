"""Scoring: MQM penalties and, when references exist, sacrebleu metrics."""
