import secrets

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from orientation.destinations.models import Destination

from .attachments import MAX_ATTACHMENTS, clean_upload, max_attachment_bytes
from .models import Category, ContactMethod, FilerKind
from .services import complaint_submit
from .triage import SIGN_PICTOGRAMS, DangerSign, sign_field_name, signs_from_answers

DESCRIPTION_MAX = 5000
SHORT_MAX = 200


class DestinationChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.name


ATTACHMENT_FIELDS = tuple(f"attachment_{number}" for number in range(1, MAX_ATTACHMENTS + 1))


def _file_label(number):
    return gettext("File %(number)s") % {"number": number}


# Built when the page is drawn, in the reader's language: "%" on a lazy string would fix the
# label in the language active at import time (Khmer) for every reader.
file_label = lazy(_file_label, str)


def _limit_help():
    return gettext("At most %(limit)s characters.") % {"limit": DESCRIPTION_MAX}


def _description_help():
    words = gettext("In your own words, in any language. You can write a little or a lot.")
    return f"{words} {_limit_help()}"


def attachment_field(number):
    return forms.FileField(
        label=file_label(number),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,application/pdf"}),
    )


def count_characters(field):
    """The browser's maxlength would cut a long paste silently: the limit is said instead
    (help text), counted live by portal.js, and checked by the form."""
    field.widget.attrs.pop("maxlength", None)
    field.widget.attrs.update(
        {
            "data-char-limit": field.max_length,
            # "%(count)s" is filled in by portal.js.
            "data-chars-left-text": _("Characters left: %(count)s"),
            "data-chars-over-text": _("Too long by %(count)s characters: please shorten it."),
        }
    )


class AttachmentsMixin:
    def clean_attachments(self):
        cleaned = []
        for number in range(1, MAX_ATTACHMENTS + 1):
            name = f"attachment_{number}"
            upload = self.cleaned_data.get(name)
            if not upload:
                continue
            try:
                cleaned.append(clean_upload(upload))
            except ValidationError as error:
                self.add_error(name, error)
        return cleaned


YES_NO = [("yes", _("Yes")), ("no", _("No"))]


def danger_sign_field(sign):
    return forms.ChoiceField(
        label=sign.label, choices=YES_NO, required=False, widget=forms.RadioSelect
    )


class DangerSignsForm(forms.Form):
    """The urgent triage questions (triage.DangerSign), each a yes/no; unanswered is no."""

    sign_locked_in = danger_sign_field(DangerSign.LOCKED_IN)
    sign_documents_taken = danger_sign_field(DangerSign.DOCUMENTS_TAKEN)
    sign_hurt_or_threatened = danger_sign_field(DangerSign.HURT_OR_THREATENED)
    sign_being_moved = danger_sign_field(DangerSign.BEING_MOVED)

    def sign_questions(self):
        """(bound field, pictogram name) for each question, in order, for the template."""
        return [(self[sign_field_name(sign)], SIGN_PICTOGRAMS[sign]) for sign in DangerSign]

    def danger_signs(self):
        """The signs answered yes (from what was posted, even when another field is wrong)."""
        data = getattr(self, "cleaned_data", None) or (self.data if self.is_bound else {})
        return signs_from_answers(data)


class UrgentCheckForm(DangerSignsForm):
    """The first step a worker can take alone (views.urgent_check): where they are and the
    four questions; nothing is stored."""

    destination = DestinationChoiceField(
        label=_("In which country are you?"),
        queryset=Destination.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("Choose a country"),
    )


class ComplaintForm(AttachmentsMixin, DangerSignsForm):
    # People never see it (hidden by CSS and aria-hidden); bots fill every field.
    website = forms.CharField(required=False, label=_("Leave this field empty"))
    form_token = forms.CharField(required=False, widget=forms.HiddenInput)

    filer_kind = forms.ChoiceField(
        label=_("Who is filing this complaint?"),
        choices=FilerKind.choices,
        initial=FilerKind.WORKER,
        widget=forms.RadioSelect,
    )
    organisation_name = forms.CharField(
        label=_("Name of your organisation"), required=False, max_length=SHORT_MAX
    )
    destination = DestinationChoiceField(
        label=_("In which country is (or was) the worker?"),
        queryset=Destination.objects.all(),
        to_field_name="slug",
        empty_label=_("Choose a country"),
    )
    categories = forms.MultipleChoiceField(
        label=_("What happened? Choose all that apply"),
        choices=Category.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    description = forms.CharField(
        label=_("Tell us what happened"),
        help_text=lazy(_description_help, str)(),
        max_length=DESCRIPTION_MAX,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    # A text field, not a list of the whole register: the form stays the same size at any
    # register size (issue 23). A licence number or whole name is linked to the register
    # when the complaint is stored (services.complaint_submit); suggestions while typing come
    # from the agency check (static/js/portal.js) where JavaScript runs.
    agency_name = forms.CharField(
        label=_("Recruitment agency: its name or licence number (if you know it)"),
        required=False,
        max_length=SHORT_MAX,
        widget=forms.TextInput(
            attrs={"list": "agency-suggestions", "autocomplete": "off", "data-agency-suggest": ""}
        ),
    )
    employer = forms.CharField(label=_("Employer (if known)"), required=False, max_length=SHORT_MAX)
    location = forms.CharField(
        label=_("Where did it happen?"), required=False, max_length=SHORT_MAX
    )
    happened_when = forms.CharField(
        label=_("When did it happen?"),
        help_text=_("A date, or words like 'last month'."),
        required=False,
        max_length=100,
    )
    attachment_1 = attachment_field(1)
    attachment_2 = attachment_field(2)
    attachment_3 = attachment_field(3)
    contact_method = forms.ChoiceField(
        label=_("How can an officer contact you?"),
        choices=ContactMethod.choices,
        initial=ContactMethod.NONE,
        widget=forms.RadioSelect,
    )
    contact_detail = forms.CharField(
        label=_("Your phone number, messaging name or email"),
        help_text=_("Only officers handling your complaint will see it."),
        required=False,
        max_length=SHORT_MAX,
    )
    in_danger = forms.BooleanField(label=_("I am in danger now"), required=False)
    consent = forms.BooleanField(
        label=_(
            "I agree that the complaint officers for this country read my complaint and "
            "contact me the way I chose. They will not share it with my employer or agency "
            "without asking me."
        ),
        error_messages={
            "required": _("Please tick this box so that officers may read your complaint.")
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The error summary names a field by its label; this one's is a paragraph.
        self.fields["consent"].summary_label = _("Your agreement")
        count_characters(self.fields["description"])
        if not self.is_bound:
            self.initial.setdefault("form_token", secrets.token_urlsafe(24))

    def submit(self, language):
        """Store the valid complaint (services.complaint_submit) and return its receipt: the
        one mapping of the form's answers to a complaint, for the web form and the bot."""
        data = self.cleaned_data
        return complaint_submit(
            destination=data["destination"],
            description=data["description"],
            filer_kind=data["filer_kind"],
            organisation_name=data.get("organisation_name", ""),
            categories=data.get("categories") or [],
            agency_name=data.get("agency_name", ""),
            employer=data.get("employer", ""),
            location=data.get("location", ""),
            happened_when=data.get("happened_when", ""),
            contact_method=data["contact_method"],
            contact_detail=data.get("contact_detail", ""),
            in_danger=data.get("in_danger", False),
            danger_signs=self.danger_signs(),
            consent=data["consent"],
            language=language,
            attachments=data["attachments"],
            form_token=data.get("form_token", ""),
        )

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise ValidationError(_("Your complaint could not be sent."), code="spam")
        return ""

    def clean(self):
        data = super().clean()
        if data.get("filer_kind") == FilerKind.ORGANISATION and not data.get("organisation_name"):
            self.add_error("organisation_name", _("Please give the name of your organisation."))
        method = data.get("contact_method")
        detail = (data.get("contact_detail") or "").strip()
        if method and method != ContactMethod.NONE and not detail:
            self.add_error(
                "contact_detail",
                _("Please tell us where to contact you, or choose 'Do not contact me'."),
            )
        if method == ContactMethod.EMAIL and detail:
            try:
                validate_email(detail)
            except ValidationError:
                self.add_error("contact_detail", _("This email address does not look right."))
        if method == ContactMethod.PHONE and detail and sum(ch.isdigit() for ch in detail) < 6:
            self.add_error("contact_detail", _("This phone number looks too short."))
        data["attachments"] = self.clean_attachments()
        return data


class TrackForm(forms.Form):
    reference = forms.CharField(label=_("Complaint reference"), max_length=40)
    code = forms.CharField(label=_("Secret code"), max_length=60)

    @classmethod
    def from_receipt_link(cls, query):
        """The receipt's link carries the reference (never the code, which must stay out of
        addresses and histories): it is filled in, and the code's box has the focus."""
        reference = query.get("reference", "").strip()[: cls.base_fields["reference"].max_length]
        form = cls(initial={"reference": reference} if reference else None)
        if reference:
            form.fields["code"].widget.attrs["autofocus"] = True
        return form


class WorkerUpdateForm(AttachmentsMixin, forms.Form):
    reference = forms.CharField(widget=forms.HiddenInput, max_length=40)
    code = forms.CharField(widget=forms.HiddenInput, max_length=60)
    text = forms.CharField(
        label=_("Add information"),
        required=False,
        max_length=DESCRIPTION_MAX,
        help_text=lazy(_limit_help, str)(),
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    attachment_1 = attachment_field(1)
    attachment_2 = attachment_field(2)
    attachment_3 = attachment_field(3)
    # A follow-up can bring danger (renewed threats): it makes the case urgent.
    in_danger = forms.BooleanField(label=_("I am in danger now"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        count_characters(self.fields["text"])

    def clean(self):
        data = super().clean()
        data["attachments"] = self.clean_attachments()
        if not data.get("text") and not data["attachments"] and not self.errors:
            raise ValidationError(_("Write something or attach a file."))
        return data


def typed_only(form_class, data, files_too_large=()):
    """A form bound to what was typed and nothing else: no file is read or decoded (an
    expired page, a throttled client, an over-large post). A text above its field's limit
    comes back cut there, with a message; a file that was too large is named."""
    data = data.copy()
    cut = {}
    for name, field in form_class.base_fields.items():
        limit = getattr(field, "max_length", None)
        values = data.getlist(name)
        if limit and any(len(value) > limit for value in values):
            data.setlist(name, [value[:limit] for value in values])
            cut[name] = limit
    form = form_class(data)
    form.is_valid()
    for name, limit in cut.items():
        form.add_error(
            name,
            ValidationError(
                _("This text was longer than %(limit)s characters and has been cut there."),
                params={"limit": limit},
                code="cut",
            ),
        )
    for name, file_name in files_too_large:
        form.add_error(
            name,
            ValidationError(
                _("“%(name)s” is too large: each file can be at most %(size)s MB."),
                params={"name": file_name, "size": max_attachment_bytes() // (1024 * 1024)},
                code="too_large",
            ),
        )
    return form
