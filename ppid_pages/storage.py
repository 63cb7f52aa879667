"""The media storage: a file a document or image row still uses is never deleted.

Wagtail's edit forms delete the "original" file as soon as a new one is uploaded. For a
document or image in use by live content the new file becomes a pending version and the row
keeps the released file (moderation.assets), which the public must go on getting: so a delete
of a file that a row still names as its file or its pending new file is skipped. Renditions and
files of deleted rows are deleted as before.
"""

from django.core.files.storage import FileSystemStorage
from django.db.models import Q


def file_in_use(name: str) -> bool:
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    in_use = Q(file=name) | Q(pending_file=name)
    return any(
        model.objects.filter(in_use).exists()
        for model in (get_document_model(), get_image_model())
    )


class AssetStorage(FileSystemStorage):
    def delete(self, name: str) -> None:
        if name and file_in_use(name):
            return
        super().delete(name)
