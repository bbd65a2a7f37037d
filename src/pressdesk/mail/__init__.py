"""Sending: SMTP profiles, secrets in the OS keyring, the crash-safe outbox."""
