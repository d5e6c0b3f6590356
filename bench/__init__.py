"""Benchmarks of partnermap on seeded synthetic maps (see bench/RESULTS.md)."""
