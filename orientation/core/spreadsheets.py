"""One rule for every spreadsheet the site produces: a text cell that a spreadsheet program
would read as a formula (=HYPERLINK(...), +cmd, -2+3, @SUM, or a leading tab or carriage
return) is written with a leading apostrophe, so that it is shown as the text it is.

Every CSV export goes through `spreadsheet_safe`: Wagtail's own exports (reports such as
the site history, aging pages, form submissions, any listing with `list_export`) through
the patch that `install()` makes to SpreadsheetExportMixin at start-up; any export the
project writes itself must call it for each cell. Wagtail's XLSX export already stores such
cells as strings, never as formulas."""

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def install():
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    original = SpreadsheetExportMixin.preprocess_field_value
    if getattr(original, "spreadsheet_safe", False):
        return

    def preprocess_field_value(self, field, value, export_format):
        value = original(self, field, value, export_format)
        if export_format == self.FORMAT_CSV:
            return spreadsheet_safe(value)
        return value

    preprocess_field_value.spreadsheet_safe = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
