"""File a complaint in a short conversation: country, what happened (the form's categories),
the worker's own words, danger now, how to be contacted, agreement. The answers are checked
by the web form itself (ComplaintForm) and stored by the same service, on the same 48-hour
(or urgent) clock."""

import secrets

from django.core.cache import cache
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext as _

from orientation.complaints.forms import ComplaintForm
from orientation.complaints.models import Category, Complaint, ContactMethod
from orientation.destinations.models import Destination
from orientation.telegram import keyboards
from orientation.telegram.chats import conversation, end_conversation, set_conversation
from orientation.telegram.complaint_updates import link_complaint_to_chat
from orientation.telegram.emergency import numbers
from orientation.telegram.sender import Button

FLOW = "file"
# A chat may file this many complaints a day: enough for a worker and a family, not for a
# script that floods the officers.
DAILY_LIMIT = 5


def start(chat):
    set_conversation(chat, FLOW, "destination", form_token=secrets.token_urlsafe(24))
    return [(_("In which country is (or was) the worker?"), keyboards.destinations("file"))]


def categories_keyboard():
    return [[Button(label, f"cat:{code}")] for code, label in Category.choices] + [
        [Button(_("Menu"), "menu")]
    ]


def contact_keyboard():
    return [
        [Button(_("Do not contact me (anonymous)"), "contact:none")],
        [Button(_("Phone call"), "contact:phone")],
        [Button(_("Menu"), "menu")],
    ]


def consent_text():
    return _(
        "I agree that the complaint officers for this country read my complaint and "
        "contact me the way I chose. They will not share it with my employer or agency "
        "without asking me."
    )


def on_button(chat, data):
    """A button of the flow: ``file:<slug>``, ``cat:<code>``, ``danger:yes|no``,
    ``contact:<method>``, ``consent:yes``. Returns [(text, buttons)]."""
    state = conversation(chat)
    answers = state.get("answers", {})
    kind, _sep, value = data.partition(":")
    if kind == "file" and Destination.objects.filter(slug=value).exists():
        # An old "file" button tapped again starts afresh, with its own form token (a
        # retried task then stores one complaint, not two).
        answers.setdefault("form_token", secrets.token_urlsafe(24))
        answers["destination"] = value
        set_conversation(chat, FLOW, "category", **answers)
        return [(_("What happened? Choose all that apply"), categories_keyboard())]
    if kind == "cat" and value in Category.values and state.get("step") == "category":
        answers["categories"] = [value]
        set_conversation(chat, FLOW, "description", **answers)
        return [(_("Tell us what happened, in your own words. Send it as one message."), [])]
    if kind == "danger" and state.get("step") == "danger":
        answers["in_danger"] = value == "yes"
        set_conversation(chat, FLOW, "contact", **answers)
        replies = []
        if answers["in_danger"]:
            destination = Destination.objects.get(slug=answers["destination"])
            replies.append((numbers(destination), []))
        replies.append((_("How can an officer contact you?"), contact_keyboard()))
        return replies
    if kind == "contact" and state.get("step") == "contact":
        if value == ContactMethod.PHONE:
            answers["contact_method"] = ContactMethod.PHONE
            set_conversation(chat, FLOW, "phone", **answers)
            return [(_("Send the phone number an officer may call."), [])]
        answers["contact_method"] = ContactMethod.NONE
        set_conversation(chat, FLOW, "consent", **answers)
        return ask_consent()
    if kind == "consent" and state.get("step") == "consent":
        return submit(chat, answers)
    return [
        (_("Please choose one of the buttons, or go back to the menu."), keyboards.back_to_menu())
    ]


def ask_consent():
    return [
        (
            consent_text(),
            [[Button(_("I agree: send it"), "consent:yes")], [Button(_("Menu"), "menu")]],
        )
    ]


def on_text(chat, text):
    state = conversation(chat)
    answers = state.get("answers", {})
    step = state.get("step")
    if step == "description":
        form = ComplaintForm(data={"description": text})
        form.is_valid()
        if "description" in form.errors:
            return [(" ".join(form.errors["description"]), [])]
        answers["description"] = text
        set_conversation(chat, FLOW, "danger", **answers)
        return [(_("Are you in danger now?"), keyboards.yes_no("danger"))]
    if step == "phone":
        answers["contact_detail"] = text
        set_conversation(chat, FLOW, "consent", **answers)
        return ask_consent()
    return [
        (_("Please choose one of the buttons, or go back to the menu."), keyboards.back_to_menu())
    ]


def form_for(answers):
    data = MultiValueDict(
        {
            "filer_kind": ["worker"],
            "destination": [answers.get("destination", "")],
            "categories": answers.get("categories", []),
            "description": [answers.get("description", "")],
            "contact_method": [answers.get("contact_method", ContactMethod.NONE)],
            "contact_detail": [answers.get("contact_detail", "")],
            "consent": ["on"],
            "form_token": [answers.get("form_token", "")],
        }
    )
    if answers.get("in_danger"):
        data["in_danger"] = "on"
    return ComplaintForm(data, MultiValueDict())


def submit(chat, answers):
    form = form_for(answers)
    if not form.is_valid():
        # The web form's own messages; the answers so far are kept.
        problems = " ".join(str(error) for errors in form.errors.values() for error in errors)
        return [(problems, keyboards.back_to_menu())]
    limit_key = f"telegram-complaints:{chat.key}"
    if cache.get(limit_key, 0) >= DAILY_LIMIT:
        return [
            (
                _("You have sent many complaints today. Please try again tomorrow."),
                keyboards.back_to_menu(),
            )
        ]
    receipt = form.submit(language=chat.language)
    cache.set(limit_key, cache.get(limit_key, 0) + 1, 24 * 3600)
    end_conversation(chat)
    link_complaint_to_chat(Complaint.objects.get(reference=receipt.reference), chat)
    text = "\n".join(
        [
            _("Your complaint was received."),
            _("Reference: %(reference)s") % {"reference": receipt.reference},
            _("Secret code: %(code)s") % {"code": receipt.code},
            _(
                "Write them down and keep them safe: with them you can read the officers' "
                "answer on the tracking page. Anyone who has them can read your complaint: "
                "you may delete this message once you have written them down."
            ),
            _("You will get a message here when your complaint has an update."),
        ]
    )
    return [(text, keyboards.back_to_menu())]
