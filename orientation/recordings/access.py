"""Who records: whoever may add a recording (Editors and Reviewers, granted by
orientation/editorial/roles.py; superusers). Never complaint officers, translators or
anyone signed out."""

RECORD_PERMISSION = "recordings.add_recording"


def may_record(user):
    return bool(user.is_authenticated and user.is_active and user.has_perm(RECORD_PERMISSION))
