"""Who handles complaints, decided by two permissions of the complaints app (never by group
names): the complaint area, the staff's second-factor rule and the operations panel all ask
here, so no area reaches into another's internals for it."""

SEE_ALL = "see_all_complaints"
HANDLE = "handle_complaints"


def is_complaint_supervisor(user) -> bool:
    return bool(user.is_authenticated and user.is_active and user.has_perm(f"complaints.{SEE_ALL}"))


def is_complaint_handler(user) -> bool:
    return bool(
        user.is_authenticated
        and user.is_active
        and (is_complaint_supervisor(user) or user.has_perm(f"complaints.{HANDLE}"))
    )
