"""Issue 17 item 9: staff emails are written in the language each recipient reads the admin
in (Account → Preferences), the site's default (Khmer) when they never chose."""

import re

import pytest
from django.core import mail

from orientation.complaints.retention_notice import send_erasure_notice
from orientation.complaints.services import alert_supervisors_of_unusual_activity, complaint_submit
from orientation.destinations.models import Destination

from .factories import ComplaintFactory, OfficerFactory, SupervisorFactory

pytestmark = pytest.mark.django_db

KHMER = re.compile(r"[\u1780-\u17FF]")


def english_words(text):
    """Latin words left once the link, the reference and the address are taken out."""
    text = re.sub(r"https?://\S+|KH-\w+|\S+@\S+", "", text)
    return re.findall(r"[A-Za-z]{2,}", text)


def file_complaint(django_capture_on_commit_callbacks, **kwargs):
    with django_capture_on_commit_callbacks(execute=True):
        return complaint_submit(
            destination=Destination.objects.get(slug="thailand"), description="x", **kwargs
        )


def mail_to(address):
    return next(message for message in mail.outbox if message.to == [address])


def test_each_officer_gets_the_new_complaint_in_their_language(
    django_capture_on_commit_callbacks,
):
    OfficerFactory(username="sokha", destinations=["thailand"], admin_language="km")
    OfficerFactory(username="jane", destinations=["thailand"], admin_language="en")
    OfficerFactory(username="dara", destinations=["thailand"])  # never chose: Khmer
    receipt = file_complaint(django_capture_on_commit_callbacks)

    khmer = mail_to("sokha@example.org")
    assert khmer.subject == f"បណ្តឹងថ្មីសម្រាប់ប្រទេសថៃ លេខយោង {receipt.reference}"
    assert english_words(khmer.subject + khmer.body) == []
    assert "/admin/complaints/" in khmer.body

    english = mail_to("jane@example.org")
    assert english.subject == f"A new complaint for Thailand, reference {receipt.reference}"
    assert not KHMER.search(english.subject + english.body)
    assert "The details are only in the admin" in english.body

    assert mail_to("dara@example.org").subject == khmer.subject


def test_urgent_notices_follow_each_recipients_language(django_capture_on_commit_callbacks):
    OfficerFactory(username="sokha", destinations=["thailand"], admin_language="km")
    SupervisorFactory(username="boss", admin_language="en")
    file_complaint(django_capture_on_commit_callbacks, in_danger=True)
    assert mail_to("sokha@example.org").subject.startswith("បន្ទាន់៖")
    assert mail_to("boss@example.org").subject.startswith("URGENT:")


def test_a_staff_alert_goes_once_per_language_group(settings):
    settings.COMPLAINT_FALLBACK_EMAIL = "fallback@example.org"
    SupervisorFactory(username="boss-km", admin_language="km")
    SupervisorFactory(username="boss-km2")
    SupervisorFactory(username="boss-en", admin_language="en")
    alert_supervisors_of_unusual_activity(kind="complaints", count=12, seconds=3600)
    by_recipients = {tuple(message.to): message for message in mail.outbox}
    assert set(by_recipients) == {
        ("boss-km2@example.org", "boss-km@example.org"),
        ("boss-en@example.org",),
    }
    khmer = by_recipients[("boss-km2@example.org", "boss-km@example.org")]
    assert khmer.subject == "ចំនួនបណ្តឹងមិនធម្មតាពីបណ្តាញតែមួយ"
    assert "12" in khmer.body and "60" in khmer.body and english_words(khmer.body) == []
    english = by_recipients[("boss-en@example.org",)]
    assert english.subject == "Unusual number of complaints from one network"


def test_with_no_supervisor_the_fallback_address_reads_the_site_default(settings):
    settings.COMPLAINT_FALLBACK_EMAIL = "fallback@example.org"
    alert_supervisors_of_unusual_activity(kind="tracking", reference="KH-T0000001")
    (message,) = mail.outbox
    assert message.to == ["fallback@example.org"]
    assert message.subject == "លេខកូដតាមដានខុសច្រើនដងសម្រាប់បណ្តឹង KH-T0000001"


def test_the_erasure_notice_is_written_in_each_supervisors_language():
    SupervisorFactory(username="boss-km", admin_language="km")
    SupervisorFactory(username="boss-en", admin_language="en")
    complaint = ComplaintFactory()
    assert send_erasure_notice.call([complaint.pk], 1095, 30) == "sent"
    khmer, english = mail_to("boss-km@example.org"), mail_to("boss-en@example.org")
    assert complaint.reference in khmer.body and complaint.reference in english.body
    assert "ប្រទេសថៃ" in khmer.body and english_words(khmer.subject) == []
    assert english.subject.startswith("1 complaint never closed loses its personal data on")
    assert "(Thailand, filed" in english.body
