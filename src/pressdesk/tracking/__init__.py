"""Tracking: which outlets received each release, bounces, replies and coverage."""
