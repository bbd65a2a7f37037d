"""The body: Markdown to sanitized HTML, and to plain text people can read."""

from __future__ import annotations

from pressdesk.releases.markdown import markdown_to_html, markdown_to_text

BODY = """\
**PANAMA CITY** — The *agency* said [today](https://agency.example) that children matter.

> "This is a turning point," said the director.

- first point
- second point with a longer sentence that will need to wrap onto a second line of text here
  1. nested one

| Country | Children |
|---|---:|
| Panamá | 1,200 |
| Costa Rica | 300 |
"""


def test_html_keeps_formatting_links_and_tables() -> None:
    html = markdown_to_html(BODY)
    assert "<strong>PANAMA CITY</strong>" in html
    assert "<em>agency</em>" in html
    assert '<a href="https://agency.example" rel="noopener noreferrer">today</a>' in html
    assert "<blockquote>" in html
    assert "<table>" in html
    assert "<td>Panamá</td>" in html


def test_raw_html_is_sanitized() -> None:
    html = markdown_to_html(
        'Hi <script>alert(1)</script><b onclick="steal()">there</b> '
        '<a href="javascript:alert(1)">x</a> <img src="x" onerror="y()">\n\n'
        "<style>body{display:none}</style>\n\n<iframe src='https://evil.example'></iframe>"
    )
    lowered = html.lower()
    for forbidden in ("<script", "onclick", "javascript:", "onerror", "<style", "<iframe"):
        assert forbidden not in lowered
    assert "<b>there</b>" in html


def test_plain_text_is_written_for_reading() -> None:
    text = markdown_to_text(BODY)
    lines = text.splitlines()
    assert lines[0].startswith("*PANAMA CITY* — The _agency_ said today <https://agency.example>")
    assert '> "This is a turning point," said the director.' in lines
    assert "- first point" in lines
    assert lines[lines.index("- first point") + 1].startswith("- second point")
    assert "  1. nested one" in lines
    assert all(len(line) <= 72 for line in lines)
    table = [line for line in lines if line.startswith(("Country", "Panamá", "Costa Rica", "---"))]
    assert table == [
        "Country     Children",
        "----------  --------",
        "Panamá      1,200",
        "Costa Rica  300",
    ]
    assert "<" not in text.replace("<https://agency.example>", "")


def test_scripts_typed_into_the_body_leave_no_text_behind() -> None:
    body = 'Said the director. <script>alert("x")</script> Then <style>p{}</style>more.'
    assert markdown_to_text(body) == "Said the director.  Then more.\n"


def test_mail_links_show_the_address_once() -> None:
    text = markdown_to_text("Write to [aperez@agency.example](mailto:aperez@agency.example).")
    assert text == "Write to aperez@agency.example.\n"
