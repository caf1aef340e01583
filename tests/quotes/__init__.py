"""Tests of wirewatch.quotes."""
