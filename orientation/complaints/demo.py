"""Demo complaints (demo/complaints.yaml) so that `make run` shows the officers' side with
something in it.

Idempotent (get-or-create by reference). The text says it is a demo; the tracking code of
every demo complaint is DEMO-DEMO-DEMO so that the tracking page can be tried too."""

from datetime import timedelta

from django.utils import timezone

from orientation.core.demo_loader import load
from orientation.destinations.models import Destination

from .models import CaseEvent, Complaint, ReplyTemplate, join_codes
from .secret_codes import hash_code
from .triage import is_urgent

CONTENT = "complaints"


def build(stdout=None):
    # Written directly, not through services.complaint_submit: that draws a random reference
    # and tracking code and notifies officers, and the demo needs fixed ones, backdated.
    content = load(CONTENT)
    code = content["tracking_code"]
    created = 0
    for entry in content.entries("complaints"):
        reference = entry["reference"]
        destination = Destination.objects.filter(slug=entry["destination"]).first()
        if destination is None or Complaint.objects.filter(reference=reference).exists():
            continue
        when = timezone.now() - timedelta(hours=entry["hours_ago"])
        categories = entry.strings("categories")
        signs = entry.strings("danger_signs")
        complaint = Complaint.objects.create(
            reference=reference,
            code_hash=hash_code(code.replace("-", "")),
            destination=destination,
            categories=join_codes(categories),
            description=entry["description"],
            in_danger=is_urgent(signs, entry["in_danger"]),
            danger_signs=join_codes(signs),
            consent=True,
            created_at=when,
            language="km",
        )
        CaseEvent.objects.create(complaint=complaint, kind=CaseEvent.Kind.RECEIVED, created_at=when)
        created += 1
    templates = build_reply_templates(content)
    if stdout is not None:
        stdout.write(
            f"complaints: {created} demo complaints created (tracking code {code}), "
            f"{templates} reply templates"
        )


def build_reply_templates(content):
    """The starting reply templates, by title: one a supervisor edited is left as it is."""
    created = 0
    for order, entry in enumerate(content.entries("reply_templates")):
        _template, made = ReplyTemplate.objects.get_or_create(
            title=entry["title"],
            defaults={
                "body_km": entry.text("body", "km"),
                "body_en": entry.text("body", "en"),
                "sort_order": order,
            },
        )
        created += made
    return created
