"""Database sessions stored under a keyed hash of their key (SESSION_ENGINE, issue 13).

Django's database backend keeps the session key, which is the cookie, in clear in
django_session: a database insider could read a reviewer's live session and use it as a
cookie. Here the row's key is an HMAC of the cookie's key under SECRET_KEY (Django's
salted_hmac, truncated to the column's 40 characters: 160 bits); the cookie's key is never
stored, and nobody without the secret can tell under which row a key of their choosing would
be looked up.

The data is signed with SECRET_KEY (SessionBase.encode) and bound to the row it belongs to:
the signature's salt includes the stored key, so a reviewer's session data copied in SQL into
another row (the insider's own session, or a row they inserted) does not load there (an empty
session: logged out). A copy cannot outlive the reviewer's logout, since it never worked.

Sessions made before this store (plain SHA-256 keys, data signed without the binding) no
longer load: their users log in again.
"""

from django.contrib.sessions.backends import db
from django.utils.crypto import salted_hmac

KEY_SALT = "ppid.security.session_store.key"


def stored_key(session_key: str | None) -> str | None:
    """The row's key for the cookie's key: HMAC-SHA-256 under SECRET_KEY."""
    if not session_key:
        return session_key
    return salted_hmac(KEY_SALT, session_key, algorithm="sha256").hexdigest()[:40]


class SessionStore(db.SessionStore):
    @property
    def key_salt(self):
        """The data's signature names the row it is stored under (None before a key exists:
        such data is never stored)."""
        return f"{super().key_salt}:{stored_key(self.session_key)}"

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
        session_key = self._get_or_create_session_key()
        return self.model(
            session_key=stored_key(session_key),
            session_data=self.encode(data),
            expire_date=self.get_expiry_date(),
        )

    async def acreate_model_instance(self, data):
        session_key = await self._aget_or_create_session_key()
        return self.model(
            session_key=stored_key(session_key),
            session_data=self.encode(data),
            expire_date=await self.aget_expiry_date(),
        )

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
