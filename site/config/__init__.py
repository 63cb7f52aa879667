"""The Django project package. Its Celery app is loaded with Django (shared tasks bind to it)."""

from .celery import app as celery_app

__all__ = ("celery_app",)
