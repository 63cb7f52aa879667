"""SOP governance records: A1 content plans, A2 monthly uploads, the compliance dashboard."""
