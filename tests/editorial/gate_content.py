"""A Khmer scam warning with four strings and their Thai translations, for the tests of
issue 17 item 2 (test_translation_gate.py and its browser test)."""

import datetime

import time_machine

from tests.scams.factories import ScamIndexPageFactory, ScamWarningPageFactory

KHMER_TITLE = "ការព្រមានអំពីការបោកប្រាស់"
KHMER_SUMMARY = "ល្បិចដែលគេប្រើដើម្បីបញ្ឆោតពលករ។"
# The warning's four strings (title, summary, one red flag, one step), in Thai.
THAI = {
    # Words the Thai interface never uses, so that a test finding them found the translation.
    KHMER_TITLE: "ระวังงานโรงงานปลอม",
    KHMER_SUMMARY: "กลอุบายที่ใช้หลอกแรงงาน",
    "គេសុំលុយមុន។": "เขาขอเงินก่อน",
    "ពិនិត្យអាជ្ញាប័ណ្ណភ្នាក់ងារ។": "ขอดูใบอนุญาตของนายหน้าทุกครั้ง",
}
START = datetime.datetime(2026, 3, 1, 9, 0, tzinfo=datetime.UTC)


def make_warning(home_km):
    """A live Khmer scam warning at /km/scams/fake-job/, published on START."""
    with time_machine.travel(START, tick=True):
        index = ScamIndexPageFactory(parent=home_km, title="ការបោកប្រាស់", intro="")
        page = ScamWarningPageFactory(
            parent=index,
            title=KHMER_TITLE,
            slug="fake-job",
            summary=KHMER_SUMMARY,
            red_flags=[("red_flag", "គេសុំលុយមុន។")],
            what_to_do=[("step", "ពិនិត្យអាជ្ញាប័ណ្ណភ្នាក់ងារ។")],
        )
        page.save_revision().publish()
        index.save_revision().publish()
    return page
