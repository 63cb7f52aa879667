"""Security of the website: HTTP headers, upload checks, rate limits, security.txt (issue 7)."""
