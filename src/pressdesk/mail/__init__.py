"""Sending: SMTP profiles, secrets in the OS keyring, the crash-safe outbox.

Where things are:

- ``profiles``: ``save_profile``, ``get_profile``, ``list_profiles``, ``profile_password``.
- the keyring, and only the keyring: ``pressdesk.secret_store`` (shared with team mode).
- ``oauth_config``: OAuth 2.0 providers (Microsoft 365, Google, custom) and their settings;
  ``oauth``: signing in (``start_device_sign_in`` / ``finish_device_sign_in``,
  ``browser_sign_in``), ``sign_out``, and ``TokenSource`` (access tokens; ``SignInRequired``).
- ``transport``: one verified, timed-out SMTP connection; ``check_connection`` for "Test".
- ``planning``: ``preview_send`` (counts before sending) and ``queue_send`` (the distribution
  and all its deliveries in one transaction).
- ``sender``: the jobs: ``send_distribution``, ``send_due``, ``resume_interrupted``, yielding
  ``SendProgress`` and returning ``SendSummary`` / ``BatchResult``.
- ``outbox``: listing, uncertain deliveries (``mark_uncertain_received`` once checked),
  ``cancel_distribution``; ``lease``: who sends what.
- ``trial``: ``send_test_copy`` and ``write_dry_run``; ``report``: who received a release.
"""
