"""Urgent triage: the few yes/no questions that make a complaint urgent, asked on the
complaint form and on their own as a first step (views.urgent_check). The one rule for
"urgent" lives here; the form, the services and the statistics call it (its clock is
models.response_hours)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DangerSign(models.TextChoices):
    LOCKED_IN = "locked_in", _("Are you locked in, or not allowed to leave?")
    DOCUMENTS_TAKEN = "documents_taken", _("Did someone take your passport or phone?")
    HURT_OR_THREATENED = "hurt_or_threatened", _("Are you hurt, or has someone threatened you?")
    BEING_MOVED = "being_moved", _("Are you being moved somewhere you do not want to go?")


# The pictogram (static/pictograms/) drawn beside each question, for readers who read little.
SIGN_PICTOGRAMS = {
    DangerSign.LOCKED_IN: "locked",
    DangerSign.DOCUMENTS_TAKEN: "passport",
    DangerSign.HURT_OR_THREATENED: "hurt",
    DangerSign.BEING_MOVED: "moved",
}


def sign_field_name(sign):
    return f"sign_{sign}"


SIGN_FIELDS = tuple(sign_field_name(sign) for sign in DangerSign.values)


def is_urgent(signs=(), in_danger=False):
    """Urgent when the worker says they are in danger now or answers "yes" to any sign."""
    return bool(in_danger) or any(sign in DangerSign.values for sign in signs)


def signs_from_answers(answers):
    """The signs answered "yes", in the questions' order, from a {field name: "yes"/"no"}."""
    return [sign for sign in DangerSign.values if answers.get(sign_field_name(sign)) == "yes"]
