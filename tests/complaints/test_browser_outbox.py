"""The complaint outbox (static/js/offline.js) on a phone: a complaint written offline is
never lost. Refused by the server, it comes back in the form with the server's messages;
sent, its code shows only after a tap and leaves the phone when the worker says so; a
network failure keeps it queued; two sends never run at once."""

import io

import pytest

from tests.conftest import BROWSER_TEST, has_horizontal_scroll, serious_accessibility_violations

# They read and write offline: the site's service worker runs (tests/conftest.py browser_page).
pytestmark = [*BROWSER_TEST, pytest.mark.service_worker]

CONTROLLED = "() => navigator.serviceWorker.controller !== null"

# The outbox as the page sees it: state and the text fields of every item.
OUTBOX = """() => new Promise((resolve, reject) => {
  const open = indexedDB.open("portal-outbox", 1);
  open.onupgradeneeded = () => open.result.createObjectStore("complaints", {keyPath: "id", autoIncrement: true});
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const request = open.result.transaction("complaints").objectStore("complaints").getAll();
    request.onsuccess = () => {
      open.result.close();
      resolve(request.result.map((item) => ({
        state: item.state || "queued", claim: item.claim || null,
        fields: item.fields.filter((pair) => typeof pair[1] === "string"),
        files: item.fields.filter((pair) => typeof pair[1] !== "string").map((pair) => pair[1].name),
      })));
    };
  };
})"""

DESCRIPTION = "ប្រាក់ឈ្នួលមិនបានបង់ពីរខែ។ Offline complaint: wages not paid for two months."


def tiny_png():
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(buffer, format="PNG")
    return buffer.getvalue()


def outbox(phone):
    return phone.evaluate(OUTBOX)


def wait_for_outbox(phone, condition):
    """Wait until the outbox satisfies a JavaScript condition on its items (`items`)."""
    phone.wait_for_function(
        f"async () => {{ const items = await ({OUTBOX})(); return {condition}; }}"
    )


def write_offline(phone, language, consent=True):
    """Open the form online once (so the service worker keeps it), then write and send it
    offline: the complaint waits in the outbox."""
    form_url = f"{phone.base_url}/{language}/complaints/?destination=thailand"
    phone.goto(f"{phone.base_url}/{language}/offline/")
    phone.wait_for_function(CONTROLLED, timeout=15000)
    phone.goto(form_url)
    phone.context.set_offline(True)
    phone.goto(form_url)
    phone.fill("#id_description", DESCRIPTION)
    phone.check("input[name=categories][value=unpaid-wages]")
    phone.check("input[name=categories][value=documents-taken]")
    phone.check("input[name=contact_method][value=messaging]")
    phone.fill("#id_contact_detail", "@worker_on_telegram")
    phone.fill("#id_employer", "Demo Farm Co.")
    phone.set_input_files(
        "#id_attachment_1",
        files=[{"name": "payslip.png", "mimeType": "image/png", "buffer": tiny_png()}],
    )
    if consent:
        phone.check("#id_consent")
    phone.locator("form[data-offline-queue] button[type=submit]").click()
    phone.locator("[data-outbox-status] .outbox-waiting").wait_for()
    assert phone.locator("#id_description").input_value() == ""  # kept in the outbox instead
    assert [item["state"] for item in outbox(phone)] == ["queued"]


def assert_reopened_with_what_was_typed(phone):
    phone.locator(".outbox-reopened").wait_for(timeout=20000)
    assert phone.locator("#id_description").input_value() == DESCRIPTION
    assert phone.locator("input[name=categories][value=unpaid-wages]").is_checked()
    assert phone.locator("input[name=categories][value=documents-taken]").is_checked()
    assert not phone.locator("input[name=categories][value=violence]").is_checked()
    assert phone.locator("input[name=contact_method][value=messaging]").is_checked()
    assert phone.locator("#id_contact_detail").input_value() == "@worker_on_telegram"
    assert phone.locator("#id_employer").input_value() == "Demo Farm Co."
    assert phone.locator("#id_destination").input_value() == "thailand"
    assert not phone.locator("#id_consent").is_checked()
    files = phone.eval_on_selector(
        "#id_attachment_1", "(input) => [...input.files].map((f) => f.name)"
    )
    assert files == ["payslip.png"]


def test_a_refused_offline_complaint_is_reopened_with_the_servers_khmer_message(phone, home_km):
    from orientation.complaints.models import Complaint

    write_offline(phone, "km", consent=False)
    phone.context.set_offline(False)

    # The form comes back with everything typed and the server's own Khmer messages.
    assert_reopened_with_what_was_typed(phone)
    consent_error = phone.locator(".field:has(#id_consent) .errorlist")
    assert "សូមធីកប្រអប់នេះ" in consent_error.inner_text()
    assert "សូមពិនិត្យផ្នែកដែលបានសម្គាល់ខាងក្រោម" in phone.locator(".complaint-errors").inner_text()
    assert "មិនទាន់បានផ្ញើទេ" in phone.locator(".outbox-reopened").inner_text()
    assert phone.locator("#id_consent").get_attribute("aria-describedby") == "outbox-errors-consent"
    assert Complaint.objects.count() == 0
    assert [item["state"] for item in outbox(phone)] == ["refused"]
    assert serious_accessibility_violations(phone) == []

    # Any other page says so, in Khmer, with a way back to it.
    phone.goto(phone.base_url + "/km/")
    notice = phone.locator("[data-outbox-refused]")
    notice.wait_for()
    assert "បណ្តឹងរបស់អ្នកមិនទាន់បានផ្ញើទេ" in notice.inner_text()
    assert "សូមធីកប្រអប់នេះ" in notice.inner_text()
    notice.get_by_role("link", name="បើកវាដើម្បីបញ្ចប់").click()
    assert_reopened_with_what_was_typed(phone)

    # Finished online: stored once, and nothing of it stays in the outbox.
    phone.check("#id_consent")
    phone.get_by_role("button", name="ផ្ញើបណ្តឹង").click()
    phone.locator("[data-complaint-reference]").wait_for()
    complaint = Complaint.objects.get()
    assert complaint.description == DESCRIPTION
    assert complaint.attachments.count() == 1
    wait_for_outbox(phone, "items.length === 0")


def test_reopened_form_fits_a_phone_right_to_left(phone, home_km):
    write_offline(phone, "ar", consent=False)
    phone.context.set_offline(False)
    phone.locator(".outbox-reopened").wait_for(timeout=20000)
    assert phone.locator("html").get_attribute("dir") == "rtl"
    assert not has_horizontal_scroll(phone)
    assert serious_accessibility_violations(phone) == []
    phone.goto(phone.base_url + "/ar/")
    phone.locator("[data-outbox-refused]").wait_for()
    assert not has_horizontal_scroll(phone)


def test_a_sent_offline_complaint_shows_its_code_only_on_a_tap_and_clears(phone, home_km):
    from orientation.complaints.models import Complaint
    from orientation.complaints.selectors import complaint_by_reference_and_code

    write_offline(phone, "en")
    phone.context.set_offline(False)
    banner = phone.locator("[data-outbox-sent]")
    banner.wait_for(timeout=20000)
    reference = Complaint.objects.get().reference
    assert reference in banner.inner_text()
    wait_for_outbox(phone, "items.length === 0")

    stored = phone.evaluate("() => JSON.parse(localStorage.getItem('complaints-sent'))")
    code = stored[0]["code"]
    assert stored[0]["reference"] == reference
    assert complaint_by_reference_and_code(reference, code) is not None
    assert code not in phone.locator("body").inner_text()

    # Whoever holds the phone next sees the reference only; the worker taps to read the code.
    phone.reload()
    banner.wait_for()
    assert code not in phone.locator("body").inner_text()
    banner.get_by_role("button", name="Show code").click()
    assert banner.locator("[data-outbox-code]").inner_text() == code
    hide = banner.get_by_role("button", name="Hide code")
    assert hide.get_attribute("aria-expanded") == "true"
    assert serious_accessibility_violations(phone) == []

    # Issue 20: the worker may keep the reference (to track the case) but not the code.
    banner.get_by_role("button", name="Keep only the reference on this phone").click()
    phone.wait_for_function(
        "() => JSON.parse(localStorage.getItem('complaints-sent'))[0].code === ''"
    )
    # The notice is drawn again from what is kept: the reference without the code.
    phone.wait_for_function("() => !document.querySelector('[data-outbox-code]')")
    banner = phone.locator("[data-outbox-sent]")
    assert reference in banner.inner_text() and code not in phone.content()

    banner.get_by_role("button", name="I have written it down — clear it").click()
    banner.wait_for(state="detached")
    assert phone.evaluate("() => Object.keys(localStorage)") == []
    assert outbox(phone) == []
    phone.reload()
    phone.locator("[data-outbox-status]").wait_for(state="attached")
    assert phone.locator("[data-outbox-sent]").count() == 0


@pytest.mark.parametrize("failure", ["network", "server error"])
def test_a_failed_send_keeps_the_complaint_queued_and_retries(phone, home_km, failure):
    from orientation.complaints.models import Complaint

    def fail_posts(route):
        if route.request.method != "POST":
            return route.continue_()
        if failure == "network":
            return route.abort("connectionreset")
        return route.fulfill(
            status=503, body="<h1>Service Unavailable</h1>", content_type="text/html"
        )

    write_offline(phone, "en")
    phone.context.route("**/en/complaints/", fail_posts)
    with phone.context.expect_event(
        "requestfailed" if failure == "network" else "response",
        predicate=lambda event: (getattr(event, "request", event)).method == "POST",
    ):
        phone.context.set_offline(False)
    wait_for_outbox(phone, "items.length === 1 && items[0].state === 'queued' && !items[0].claim")
    assert Complaint.objects.count() == 0
    assert phone.locator("[data-outbox-status] .outbox-waiting").is_visible()
    assert phone.locator("[data-outbox-refused]").count() == 0

    # The connection is back for real: the same complaint goes, once.
    phone.context.unroute("**/en/complaints/")
    phone.evaluate("() => window.dispatchEvent(new Event('online'))")
    phone.locator("[data-outbox-sent]").wait_for(timeout=20000)
    assert Complaint.objects.count() == 1
    wait_for_outbox(phone, "items.length === 0")


def test_one_queued_complaint_is_posted_once_by_two_tabs_and_two_online_events(phone, home_km):
    from orientation.complaints.models import Complaint

    write_offline(phone, "en")
    posts = []
    phone.context.on(
        "request",
        lambda request: posts.append(request.url) if request.method == "POST" else None,
    )
    other = phone.context.new_page()
    phone.context.set_offline(False)
    phone.evaluate(
        "() => { window.dispatchEvent(new Event('online')); window.dispatchEvent(new Event('online')); }"
    )
    other.goto(phone.base_url + "/en/")
    phone.locator("[data-outbox-sent]").wait_for(timeout=20000)
    other.reload()
    other.locator("[data-outbox-sent]").wait_for()
    wait_for_outbox(phone, "items.length === 0")
    assert Complaint.objects.count() == 1
    assert len(posts) == 1


def test_opening_a_refused_complaint_keeps_what_is_being_typed(phone, home_km):
    write_offline(phone, "en", consent=False)
    phone.context.set_offline(False)
    phone.locator(".outbox-reopened").wait_for(timeout=20000)

    # A fresh form, a second complaint half written: opening the refused one keeps it.
    phone.goto(phone.base_url + "/en/complaints/")
    notice = phone.locator("[data-outbox-refused]")
    notice.wait_for()
    phone.fill("#id_description", "A second complaint, half written.")
    notice.get_by_role("link", name="Open it to finish").click()
    assert_reopened_with_what_was_typed(phone)
    draft = phone.locator("[data-outbox-refused]").filter(has_text="It is not finished.")
    draft.wait_for()
    wait_for_outbox(phone, "items.length === 2")
    descriptions = sorted(
        dict(item["fields"])["description"] for item in outbox(phone) if item["state"] == "refused"
    )
    assert descriptions == ["A second complaint, half written.", DESCRIPTION]

    # Only the worker deletes, and only after saying yes.
    phone.once("dialog", lambda dialog: dialog.accept())
    draft.get_by_role("button", name="Delete it from this phone").click()
    wait_for_outbox(phone, "items.length === 1")
    assert dict(outbox(phone)[0]["fields"])["description"] == DESCRIPTION
