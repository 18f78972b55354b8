"""Issue 17 item 10: reply templates supervisors keep in Khmer and English, which an officer
picks on the case page and edits before sending."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from orientation.complaints.models import CaseEvent, ReplyTemplate
from orientation.core.demo_loader import load

from .factories import ComplaintFactory, SupervisorFactory

pytestmark = pytest.mark.django_db

KM = "សួស្តី។ យើងត្រូវការព័ត៌មានបន្ថែម៖ [សរសេរ]។"
EN = "Hello. We need more information: [write]."


@pytest.fixture
def template():
    return ReplyTemplate.objects.create(title="More information", body_km=KM, body_en=EN)


def case_url(complaint):
    return reverse("complaints_admin:case", args=[complaint.pk])


def test_officer_picks_a_template_and_it_fills_the_reply_box(client, officer, template):
    complaint = ComplaintFactory(language="km")
    client.force_login(officer)
    page = client.get(case_url(complaint)).content.decode()
    assert f'value="{template.pk}-km" selected' in page and f'value="{template.pk}-en"' in page
    assert KM not in page  # nothing is put in the box before the officer picks
    khmer = client.get(case_url(complaint), {"template": f"{template.pk}-km"}).content.decode()
    assert f">{KM}</textarea>" in khmer
    english = client.get(case_url(complaint), {"template": f"{template.pk}-en"}).content.decode()
    assert f">{EN}</textarea>" in english
    for junk in ("999999-km", "x-en", "-km"):
        page = client.get(case_url(complaint), {"template": junk}).content.decode()
        assert '<textarea id="reply-body" name="body" rows="4"></textarea>' in page


def test_the_edited_text_is_what_the_worker_gets(client, officer, template):
    complaint = ComplaintFactory()
    client.force_login(officer)
    edited = EN.replace("[write]", "the name of your employer")
    client.post(case_url(complaint), {"action": "reply", "body": edited})
    reply = CaseEvent.objects.get(complaint=complaint, kind=CaseEvent.Kind.REPLY)
    assert reply.body == edited
    template.refresh_from_db()
    assert template.body_en == EN  # the template itself is unchanged


def test_english_falls_back_to_khmer():
    template = ReplyTemplate(title="t", body_km=KM, body_en="")
    assert template.body("en") == KM and template.body("km") == KM


def test_supervisors_edit_templates_officers_do_not():
    supervisors = Group.objects.get(name="Complaint supervisors")
    officers = Group.objects.get(name="Complaint officers")
    wanted = {"add_replytemplate", "change_replytemplate", "delete_replytemplate"}
    assert wanted <= set(supervisors.permissions.values_list("codename", flat=True))
    assert not wanted & set(officers.permissions.values_list("codename", flat=True))
    assert SupervisorFactory().has_perm("complaints.change_replytemplate")


def test_supervisor_can_open_the_templates_in_the_admin(client, template):
    supervisor = SupervisorFactory()
    client.force_login(supervisor)
    listing = client.get(reverse("wagtailsnippets_complaints_replytemplate:list"))
    assert listing.status_code == 200 and "More information" in listing.content.decode()


def test_demo_templates_are_plain_and_name_no_number():
    entries = load("complaints").entries("reply_templates")
    assert 3 <= len(entries) <= 4
    for entry in entries:
        for language in ("km", "en"):
            text = entry.text("body", language)
            assert text.strip()
            assert not any(ch.isdigit() for ch in text), "no phone number in a template"
