"""POST /telegram/webhook/: Telegram's updates. Checked against the secret Telegram sends in
X-Telegram-Bot-Api-Secret-Token, recorded once by update_id (Telegram delivers again when it
gets no quick answer), then handed to the task queue: the answer is immediate."""

import hmac
import json
import logging

from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from orientation.complaints.crypto import encrypt_text
from orientation.telegram import conf
from orientation.telegram.models import ProcessedUpdate
from orientation.telegram.tasks import handle_update

logger = logging.getLogger(__name__)
MAX_UPDATE_BYTES = 256 * 1024


@csrf_exempt
@require_POST
def webhook(request):
    if not conf.enabled() or not conf.webhook_secret():
        raise Http404
    given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
    if not hmac.compare_digest(given.encode(), conf.webhook_secret().encode()):
        return HttpResponseForbidden()
    try:
        if int(request.headers.get("Content-Length") or 0) > MAX_UPDATE_BYTES:
            return HttpResponseBadRequest()
        update = json.loads(request.body)
        update_id = int(update["update_id"])
    except (ValueError, KeyError, TypeError):
        return HttpResponseBadRequest()
    try:
        with transaction.atomic():
            ProcessedUpdate.objects.create(update_id=update_id)
    except IntegrityError:
        return HttpResponse(status=200)  # delivered again: already handled
    sealed = encrypt_text(json.dumps(update))
    transaction.on_commit(lambda: handle_update.enqueue(sealed))
    return HttpResponse(status=200)
