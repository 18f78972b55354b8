"""One error shape for everything under /api/: `{"message": "..."}` with the HTTP status.

Partners' code reads the same field whatever went wrong: a bad parameter (400, from the
endpoints), an unknown record (404, from the endpoints), and what never reaches an endpoint:
an unknown path (Django's 404 handler would answer the Khmer HTML page) or a wrong method
(Django's `require_safe` answers an empty 405, DRF `{"detail": ...}`)."""

from django.http import JsonResponse

from .paths import PATHS

API_PREFIX = next(rule.path for rule in PATHS if rule.path == "/api/")
READ_METHODS = ("GET", "HEAD", "OPTIONS")
ALLOWED = ", ".join(READ_METHODS)


def is_api_path(path):
    return path.startswith(API_PREFIX)


def api_error(message, status):
    """The JSON answer of every API error (Khmer and other scripts kept readable)."""
    return JsonResponse(
        {"message": str(message)}, status=status, json_dumps_params={"ensure_ascii": False}
    )


def error_message(request, response):
    """What went wrong, in the words a partner's log should show."""
    if response.status_code == 404:
        return f"not found: {request.path}; the endpoints are listed at {API_PREFIX}v2/schema/"
    if response.status_code == 405:
        allowed = response.headers.get("Allow", ALLOWED)
        return f"method {request.method} not allowed; allowed: {allowed}"
    return response.reason_phrase.lower()


def is_json(response):
    return response.headers.get("Content-Type", "").startswith("application/json")


class ApiErrorShapeMiddleware:
    """Answers a write under /api/ with a 405, turns any error there that is not already JSON
    into `api_error`'s shape, and DRF's `{"detail": ...}` into `{"message": ...}`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_api_path(request.path_info) and request.method not in READ_METHODS:
            # Read-only, one rule for every endpoint: a write is a 405 before anything else
            # looks at it (Django's CSRF check would answer a 403 for a plain view).
            response = api_error(
                f"method {request.method} not allowed; allowed: {ALLOWED}", status=405
            )
            response.headers["Allow"] = ALLOWED
            return response
        response = self.get_response(request)
        if response.status_code < 400 or not is_api_path(request.path_info):
            return response
        detail = drf_detail(response)
        if is_json(response) and detail is None:
            return response
        shaped = api_error(detail or error_message(request, response), response.status_code)
        for header in ("Allow", "Cache-Control", "Vary"):
            if header in response.headers:
                shaped.headers[header] = response.headers[header]
        return shaped


def drf_detail(response):
    data = getattr(response, "data", None)
    if isinstance(data, dict) and set(data) == {"detail"}:
        return str(data["detail"])
    return None
