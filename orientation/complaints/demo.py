"""Demo complaints so that `make run` shows the officers' side with something in it.

Idempotent (get-or-create by reference). The text says it is a demo; the tracking code of
every demo complaint is DEMO-DEMO-DEMO so that the tracking page can be tried too."""

from datetime import timedelta

from django.utils import timezone

from orientation.destinations.models import Destination

from .models import CaseEvent, Complaint
from .secret_codes import hash_code

DEMO_CODE = "DEMO-DEMO-DEMO"
DEMO_COMPLAINTS = [
    (
        "KH-DEMO2345",
        "thailand",
        ",unpaid-wages,",
        False,
        2,
        "Demo complaint: wages not paid for two months.",
    ),
    (
        "KH-DEMO3456",
        "malaysia",
        ",documents-taken,",
        True,
        40,
        "Demo complaint: passport kept by the employer.",
    ),
    (
        "KH-DEMO4567",
        "south-korea",
        ",contract-changed,",
        False,
        60,
        "Demo complaint: the contract is different.",
    ),
]


def build(stdout=None):
    created = 0
    for reference, slug, categories, in_danger, hours_ago, description in DEMO_COMPLAINTS:
        destination = Destination.objects.filter(slug=slug).first()
        if destination is None or Complaint.objects.filter(reference=reference).exists():
            continue
        when = timezone.now() - timedelta(hours=hours_ago)
        complaint = Complaint.objects.create(
            reference=reference,
            code_hash=hash_code(DEMO_CODE.replace("-", "")),
            destination=destination,
            categories=categories,
            description=description,
            in_danger=in_danger,
            consent=True,
            created_at=when,
            language="km",
        )
        CaseEvent.objects.create(complaint=complaint, kind=CaseEvent.Kind.RECEIVED, created_at=when)
        created += 1
    if stdout is not None:
        stdout.write(f"complaints: {created} demo complaints created (tracking code {DEMO_CODE})")
