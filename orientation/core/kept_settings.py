"""Site-wide settings (Wagtail's generic settings: the footer, the hotlines) are read on
every page; Wagtail keeps each only for one request. They are content like any other (a
save starts a new content generation), so they are read once per generation instead."""

from .content_generation import until_content_changes


class KeptSettingMixin:
    """For BaseGenericSetting models: load() answers from the copy kept until the content
    changes. Each caller gets its own unpickled copy, so a change made to one is never seen
    by another before it is saved."""

    @classmethod
    def load(cls, request_or_site=None):
        return until_content_changes(f"setting:{cls._meta.label_lower}", super().load)
