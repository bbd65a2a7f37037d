"""Press releases: drafting, language versions, rendering to personalised email."""
