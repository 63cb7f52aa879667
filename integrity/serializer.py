"""JSON serialisation for backups that keeps datetimes to the microsecond.

Django's JSON encoder cuts datetimes to milliseconds: a restored database would then differ from
the original (and the audit chain's hashes, which cover the full timestamp, would break).
Loading uses Django's own JSON deserializer, which reads the full ISO format.
"""

import datetime

from django.core.serializers.json import Deserializer, DjangoJSONEncoder
from django.core.serializers.json import Serializer as JSONSerializer

__all__ = ["Deserializer", "PreciseEncoder", "Serializer"]

FORMAT = "ppid_json"


class PreciseEncoder(DjangoJSONEncoder):
    def default(self, o):
        if isinstance(o, datetime.datetime):
            text = o.isoformat()
            return text[:-6] + "Z" if text.endswith("+00:00") else text
        if isinstance(o, datetime.time):
            return o.isoformat()
        return super().default(o)


class Serializer(JSONSerializer):
    def _init_options(self):
        super()._init_options()
        self.json_kwargs["cls"] = PreciseEncoder
