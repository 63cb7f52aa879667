"""The privacy scanner's detection core: plain Python, no Django import.

from moderation.privacy import scan_text, AllowList
findings = scan_text("NIK 3201014508900002", allow=AllowList(phones=[...], emails=[...]))
"""

from .allowlist import AllowList
from .findings import KINDS, Finding, Severity
from .scan import scan_text

__all__ = ["KINDS", "AllowList", "Finding", "Severity", "scan_text"]
