def latest_revision(obj):
    """The newest revision of `obj`, read from the database (instances may hold a stale FK)."""
    return obj.revisions.order_by("-created_at", "-id").first()
