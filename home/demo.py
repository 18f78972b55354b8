"""The home pages and site settings of the demo site."""

from wagtail.models import Page, Site

from home.models import ContactSettings, FooterSettings, HomePage
from orientation.core.demo import ensure_translation, locale_for, root_page

HOME_KM = {
    "title": "ធ្វើការនៅបរទេសដោយសុវត្ថិភាព",
    "intro": (
        "ព័ត៌មានមុនចេញដំណើរសម្រាប់ពលករចំណាកស្រុកកម្ពុជា៖ មគ្គុទ្ទេសក៍តាមប្រទេស សិទ្ធិរបស់អ្នក "
        "របៀបចៀសវាងការបោកប្រាស់ និងកន្លែងស្វែងរកជំនួយ។"
    ),
}
HOME_EN = {
    "title": "Safe work abroad",
    "intro": (
        "Pre-departure information for Cambodian migrant workers: a guide for your destination, "
        "your rights, how to avoid job scams, and where to get help."
    ),
}

# Widely known national emergency numbers of Cambodia; everything else is left for editors
# to confirm (docs/design.md, truth rule).
HOTLINES = [
    {
        "name_km": "ប៉ូលិស (កម្ពុជា)",
        "name_en": "Police (Cambodia)",
        "purpose_km": "អាសន្ន",
        "purpose_en": "Emergency",
        "contact": {
            "number": "117",
            "verified": True,
            "source": "National emergency number (widely known)",
        },
    },
    {
        "name_km": "រថយន្តសង្គ្រោះ (កម្ពុជា)",
        "name_en": "Ambulance (Cambodia)",
        "purpose_km": "អាសន្ន",
        "purpose_en": "Emergency",
        "contact": {
            "number": "119",
            "verified": True,
            "source": "National emergency number (widely known)",
        },
    },
    {
        "name_km": "ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ",
        "name_en": "Ministry of Labour and Vocational Training",
        "purpose_km": "បណ្តឹង និងជំនួយសម្រាប់ពលករចំណាកស្រុក",
        "purpose_en": "Complaints and help for migrant workers",
        "contact": {"number": "", "verified": False, "source": ""},
    },
]


def ensure_home_pages():
    """The Khmer home page at the top of the tree, its English translation, and the default
    Site pointing at it. Replaces Wagtail's placeholder welcome page."""
    root = root_page()
    km = locale_for("km")
    home = HomePage.objects.filter(depth=2, locale=km).first()
    if home is None:
        home = HomePage(slug="home", locale=km, **HOME_KM)
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
    site.root_page = home
    site.site_name = "Safe work abroad"
    site.save()
    Page.objects.filter(depth=2, slug__startswith="wagtail-welcome-").delete()
    ensure_translation(home, "en", **HOME_EN)
    return home


def build(stdout=None):
    home = ensure_home_pages()
    contacts = ContactSettings.load()
    if not contacts.hotlines:
        contacts.hotlines = [("hotline", hotline) for hotline in HOTLINES]
        contacts.save()
    footer = FooterSettings.load()
    if not footer.links:
        footer.links = [
            ("link", {"label_km": "ទំព័រដើម", "label_en": "Home", "page": home, "url": ""}),
        ]
        footer.save()
    return home
