"""The "to be confirmed" report's reading of one record. The definition itself is
orientation.core.unconfirmed, shared with the public templates: what readers see marked
"to be confirmed by editors" is exactly what this report lists."""

from dataclasses import dataclass

from orientation.core.unconfirmed import unconfirmed_facts


@dataclass
class UnconfirmedFact:
    where: str  # a field ("year") or a path inside a StreamField ("body > contact_card")


def facts_in_instance(instance):
    """Every fact of one page, snippet or setting that readers see as to be confirmed."""
    return [UnconfirmedFact(name) for name in unconfirmed_facts(instance)]


def is_public(instance):
    """Readers see only live pages and snippets; a record without drafts is always shown."""
    return getattr(instance, "live", True) and not getattr(instance, "alias_of_id", None)
