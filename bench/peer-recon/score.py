#!/usr/bin/env python3
"""Precision, recall and F1 of the `matched` rows of a matches file against a truth file.
Usage: python3 score.py TRUTH.csv MATCHES.csv   (truth: left_id,right_id; matches: left_id,right_id,score,status)"""
import csv
import sys

truth = {row["left_id"]: row["right_id"] for row in csv.DictReader(open(sys.argv[1], encoding="utf-8"))}
rows = list(csv.DictReader(open(sys.argv[2], encoding="utf-8")))
matched = [r for r in rows if r["status"] == "matched"]
correct = sum(1 for r in matched if truth.get(r["left_id"]) == r["right_id"])
review = sum(1 for r in rows if r["status"] == "review")
precision = correct / len(matched) if matched else 1.0
recall = correct / len(truth) if truth else 1.0
f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
print(f"left {len(rows)}  matched {len(matched)}  correct {correct}  precision {precision:.3f}  recall {recall:.3f}  "
      f"F1 {f1:.3f}  review/100 {100 * review / max(1, len(rows)):.1f}")
