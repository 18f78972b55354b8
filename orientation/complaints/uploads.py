"""Reading a complaint or tracking POST so that an over-large one is never lost to Django's
bare English 400 page.

Django's own limits stay in force (DATA_UPLOAD_MAX_MEMORY_SIZE for the text, the
DATA_UPLOAD_MAX_NUMBER_* counts); `read_post()` catches their errors where the POST is first
touched and recovers what was typed before the limit, so that the view can show the form
again. Files are bounded while they stream in by `AttachmentLimitHandler`, so a 1 GB file
is never written to disk. Nothing here decodes a file."""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.http import QueryDict
from django.http.multipartparser import MultiPartParser
from django.utils.datastructures import MultiValueDict

from .attachments import max_attachment_bytes

TOO_LARGE_ERRORS = (RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent)


@dataclass
class ReceivedPost:
    data: QueryDict
    files: MultiValueDict
    text_too_large: bool = False
    too_many_parts: bool = False
    files_too_large: list[tuple[str, str]] = field(default_factory=list)  # (field, file name)

    @property
    def refused(self) -> bool:
        return self.text_too_large or self.too_many_parts or bool(self.files_too_large)


class AttachmentLimitHandler(FileUploadHandler):
    """The first upload handler: a file above COMPLAINT_ATTACHMENT_MAX_BYTES is skipped as soon
    as it passes the limit (the rest is read and thrown away, never kept) and remembered; a
    file for a field the form does not have is skipped silently."""

    def __init__(self, request, field_names):
        super().__init__(request)
        self.field_names = set(field_names)
        self.limit = max_attachment_bytes()
        self.too_large = []
        self.received = 0

    def new_file(self, field_name, file_name, *args, **kwargs):
        super().new_file(field_name, file_name, *args, **kwargs)
        self.received = 0
        if field_name not in self.field_names:
            raise SkipFile

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > self.limit:
            self.too_large.append((self.field_name, self.file_name))
            raise SkipFile
        return raw_data

    def file_complete(self, file_size):
        return None  # the next handlers (memory, temporary file) build the UploadedFile


def _recover_urlencoded(request) -> QueryDict:
    """The first DATA_UPLOAD_MAX_MEMORY_SIZE bytes and DATA_UPLOAD_MAX_NUMBER_FIELDS fields:
    the field cut by the limit arrives truncated."""
    limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE or 2_621_440
    try:
        body = request.body[:limit]
    except RequestDataTooBig:  # refused on its Content-Length: nothing was read yet
        body = request.read(limit)
    max_fields = settings.DATA_UPLOAD_MAX_NUMBER_FIELDS or 1000
    return QueryDict(b"&".join(body.split(b"&", max_fields)[:max_fields]), encoding="utf-8")


def read_post(request, file_fields=()) -> ReceivedPost:
    """request.POST and request.FILES, read within the limits; never raises for a request
    that is too large. Call before anything else touches request.POST."""
    handler = AttachmentLimitHandler(request, file_fields)
    request.upload_handlers.insert(0, handler)
    parsers = []

    def parse_file_upload(meta, data):
        # Django's own parser, kept at hand so that what it read before a limit is not lost.
        parser = MultiPartParser(meta, data, request.upload_handlers, request.encoding)
        parsers.append(parser)
        return parser.parse()

    request.parse_file_upload = parse_file_upload
    try:
        received = ReceivedPost(request.POST, request.FILES)
    except TOO_LARGE_ERRORS as error:
        if parsers:
            # The fields before the limit; the field that crossed it is lost.
            data = getattr(parsers[0], "_post", None) or QueryDict(mutable=True)
        else:
            data = _recover_urlencoded(request)
        received = ReceivedPost(
            data,
            MultiValueDict(),
            text_too_large=isinstance(error, RequestDataTooBig),
            too_many_parts=not isinstance(error, RequestDataTooBig),
        )
    received.files_too_large = handler.too_large
    return received
