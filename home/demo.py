"""The home pages and site settings of the demo site, built from demo/home.yaml."""

from wagtail.models import Page, Site

from home.models import ContactSettings, FooterSettings, HomePage
from orientation.core.demo import ensure_translation, locale_for, root_page
from orientation.core.demo_loader import load
from orientation.core.links import site_address

CONTENT = "home"


def ensure_home_pages():
    """The Khmer home page at the top of the tree, its English translation, and the default
    Site pointing at it, on the host of PUBLIC_BASE_URL (orientation/core/checks.py).
    Replaces Wagtail's placeholder welcome page."""
    content = load(CONTENT)
    root = root_page()
    km = locale_for("km")
    home = HomePage.objects.filter(depth=2, locale=km).first()
    if home is None:
        home = HomePage(slug="home", locale=km, **content["home"].fields("km", "title", "intro"))
        placeholder = Page.objects.filter(depth=2, slug="home").exclude(
            content_type__model="homepage"
        )
        for page in placeholder:
            page.slug = f"wagtail-welcome-{page.pk}"
            page.save(update_fields=["slug"])
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True, site_name="Portal")
    site.hostname, site.port = site_address()
    site.root_page = home
    site.site_name = content["site_name"]
    site.save()
    Page.objects.filter(depth=2, slug__startswith="wagtail-welcome-").delete()
    ensure_translation(home, "en", **content["home"].fields("en", "title", "intro"))
    return home


def hotline_value(entry):
    return {
        "name_km": entry.text("name", "km"),
        "name_en": entry.text("name", "en"),
        "purpose_km": entry.text("purpose", "km"),
        "purpose_en": entry.text("purpose", "en"),
        "contact": {key: entry[key] for key in ("number", "verified", "source")},
    }


def footer_link_value(entry, pages):
    page = entry["page"]
    if page not in pages:
        raise entry.error("page", f"not one of {sorted(pages)}")
    return {
        "label_km": entry.text("label", "km"),
        "label_en": entry.text("label", "en"),
        "page": pages[page],
        "url": "",
    }


def build(stdout=None):
    content = load(CONTENT)
    home = ensure_home_pages()
    contacts = ContactSettings.load()
    if not contacts.hotlines:
        contacts.hotlines = [
            ("hotline", hotline_value(entry)) for entry in content.entries("hotlines")
        ]
        contacts.save()
    footer = FooterSettings.load()
    if not footer.links:
        footer.links = [
            ("link", footer_link_value(entry, {"home": home}))
            for entry in content.entries("footer_links")
        ]
        footer.save()
    return home
