"""Database sessions stored under a hash of their key (SESSION_ENGINE, issue 13, fix13o).

Django's database backend keeps the session key, which is the cookie, in clear in
django_session: a database insider could read a reviewer's live session and use it as a
cookie. Here the row's key is SHA-256 of the cookie's key (truncated to the column's 40
characters: 160 bits); the cookie's key is never stored. A row written in SQL cannot make a
session either: the data is signed with SECRET_KEY (SessionBase.encode). Sessions made before
this store (clear keys) no longer load: their users log in again.
"""

import hashlib

from django.contrib.sessions.backends import db


def stored_key(session_key: str | None) -> str | None:
    if not session_key:
        return session_key
    return hashlib.sha256(f"ppid-session:{session_key}".encode()).hexdigest()[:40]


class SessionStore(db.SessionStore):
    def _get_session_from_db(self):
        try:
            return self.model.objects.get(
                session_key=stored_key(self.session_key), expire_date__gt=db.timezone.now()
            )
        except (self.model.DoesNotExist, db.SuspiciousOperation):
            self._session_key = None

    async def _aget_session_from_db(self):
        try:
            return await self.model.objects.aget(
                session_key=stored_key(self.session_key), expire_date__gt=db.timezone.now()
            )
        except (self.model.DoesNotExist, db.SuspiciousOperation):
            self._session_key = None

    def exists(self, session_key):
        return super().exists(stored_key(session_key))

    async def aexists(self, session_key):
        return await super().aexists(stored_key(session_key))

    def create_model_instance(self, data):
        instance = super().create_model_instance(data)
        instance.session_key = stored_key(instance.session_key)
        return instance

    async def acreate_model_instance(self, data):
        instance = await super().acreate_model_instance(data)
        instance.session_key = stored_key(instance.session_key)
        return instance

    def delete(self, session_key=None):
        if session_key is None:
            if self.session_key is None:
                return
            session_key = self.session_key
        super().delete(stored_key(session_key))

    async def adelete(self, session_key=None):
        if session_key is None:
            if self.session_key is None:
                return
            session_key = self.session_key
        await super().adelete(stored_key(session_key))
