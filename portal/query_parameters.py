"""Query strings are typed, pasted and forged by anyone. One rule for every view, feed and
API, applied before any of them runs: a NUL character in a GET parameter (name or value) is
never passed on. PostgreSQL refuses NUL in a string literal, so a lookup such as
`Destination.objects.filter(slug=request.GET["destination"])` would otherwise be a 500 there
(and pass silently on SQLite).

- Pages and feeds get the parameter with each NUL replaced by U+FFFD, the character Django
  already puts in place of undecodable bytes: the value no longer matches anything, and the
  reader gets the normal page (no preselected destination, a search that finds nothing).
- The partner API keeps its contract for bad parameters: a 400 with a JSON message.
"""

from django.http import JsonResponse, QueryDict

API_PREFIX = "/api/"
NUL = "\x00"
REPLACEMENT = "\ufffd"


def has_nul_character(query_dict):
    return any(
        NUL in name or any(NUL in value for value in values) for name, values in query_dict.lists()
    )


def without_nul_characters(query_dict):
    cleaned = QueryDict(mutable=True)
    for name, values in query_dict.lists():
        cleaned.setlist(
            name.replace(NUL, REPLACEMENT), [value.replace(NUL, REPLACEMENT) for value in values]
        )
    cleaned._mutable = False
    return cleaned


class NulSafeQueryMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if has_nul_character(request.GET):
            if request.path.startswith(API_PREFIX):
                return JsonResponse(
                    {"message": "null characters are not allowed in query parameters"},
                    status=400,
                )
            request.GET = without_nul_characters(request.GET)
        return self.get_response(request)
