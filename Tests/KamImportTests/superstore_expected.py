#!/usr/bin/env python3
"""Independent reference figures for the superstore import tests.

Reads ../shared/data/superstore.csv (relative to the package root) with Python's csv
module, without any code from kam, and prints:
  - the constants used by SuperstoreImportTests.swift (totals, quarters, per-quarter
    figures of a few customers);
  - the 80/20 figures written to SuperstorePareto figures (SuperstoreParetoFigures.swift).

Run from the package root:  python3 Tests/KamImportTests/superstore_expected.py
"""
import csv
import math
import os
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PATH = os.path.join(ROOT, "..", "shared", "data", "superstore.csv")


def quarter(date_text):
    month, _day, year = (int(p) for p in date_text.split("/"))  # M/d/yyyy
    return f"{year}Q{(month - 1) // 3 + 1}"


rows = list(csv.DictReader(open(PATH, newline="", encoding="utf-8")))
revenue = defaultdict(float)  # (customer, quarter) -> sum of Sales
profit = defaultdict(float)   # (customer, quarter) -> sum of Profit
customers = set()
quarters = set()
for r in rows:
    key = (r["Customer ID"], quarter(r["Order Date"]))
    revenue[key] += float(r["Sales"])
    profit[key] += float(r["Profit"])
    customers.add(r["Customer ID"])
    quarters.add(key[1])

print("// --- SuperstoreImportTests constants ---")
print(f"rows = {len(rows)}")
print(f"customers = {len(customers)}")
print(f"quarters = {len(quarters)}  first = {min(quarters)}  last = {max(quarters)}")
print(f"totalRevenue = {sum(float(r['Sales']) for r in rows)!r}")
print(f"totalProfit = {sum(float(r['Profit']) for r in rows)!r}")
print(f"customer-quarter cells = {len(revenue)}")
for customer in ["CG-12520", "SM-20320", "TC-20980", "CS-12505"]:
    cells = sorted((q, revenue[(c, q)], profit[(c, q)]) for (c, q) in revenue if c == customer)
    print(customer, "quarters with orders:", len(cells))
    for q, rev, prof in cells:
        print(f"  {q}: revenue {rev!r} profit {prof!r}")

# 80/20 per customer over all quarters.
by_customer = defaultdict(float)
for (c, _q), p in profit.items():
    by_customer[c] += p
ranked = sorted(by_customer.values(), reverse=True)
total = sum(ranked)
n = len(ranked)
negative = [p for p in ranked if p < 0]
cumulative = 0.0
reach80 = None
peak = -math.inf
for i, p in enumerate(ranked, start=1):
    cumulative += p
    if reach80 is None and cumulative >= 0.8 * total:
        reach80 = i
    peak = max(peak, cumulative)
top = math.ceil(0.2 * n)
print("// --- SuperstoreParetoFigures ---")
print(f"customerCount = {n}")
print(f"totalProfit = {total!r}")
print(f"lossMakingCustomers = {len(negative)}")
print(f"totalLoss = {sum(negative)!r}")
print(f"customersToReach80Percent = {reach80}")
print(f"top20PercentCount = {top}")
print(f"top20PercentShare = {sum(ranked[:top]) / total!r}")
print(f"whalePeakCumulativeProfit = {peak!r}")
print(f"whalePeakFraction = {peak / total!r}")
