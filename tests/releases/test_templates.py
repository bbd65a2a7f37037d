"""The officer's own templates: sandboxed, escaped, strict, and checked before anything is sent."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressdesk import paths
from pressdesk.errors import InvalidInput
from pressdesk.releases.compose import Recipient, ReleaseComposer
from pressdesk.releases.rendering import list_user_templates

from .conftest import SENDER
from .messages import bodies, parse


def write_template(name: str, html: str, text: str | None = None) -> Path:
    folder = paths.data_dir() / "templates"
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.html").write_text(html, encoding="utf-8")
    if text is not None:
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def composer_for(database, release_id) -> ReleaseComposer:
    with database.session() as session:
        return ReleaseComposer(session, release_id, SENDER)


def test_a_user_template_renders_with_escaping(database, add_release) -> None:
    write_template(
        "minimal",
        "<html><body><p>Hi {{ contact.first_name }} of {{ contact.outlet }}</p>"
        "<h1>{{ release.headline }}</h1>{{ release.body_html }}</body></html>\n",
        "Hi {{ contact.first_name }}\n\n{{ release.headline }}\n\n{{ release.body_text }}",
    )
    release_id = add_release(template="minimal")
    assert list_user_templates() == ["minimal"]
    raw = composer_for(database, release_id).compose(
        Recipient("x@y.example", "<b>Bold</b>", outlet="A & B"), message_id="<1@a.example>"
    )
    text, html = bodies(parse(raw))
    assert "Hi &lt;b&gt;Bold&lt;/b&gt; of A &amp; B" in html
    assert "<strong>agreed</strong>" in html  # the body is rendered, already sanitized HTML
    assert text.startswith("Hi <b>Bold</b>\n\nRegional ministers agree on a plan")


def test_without_a_text_file_the_house_plain_text_is_used(database, add_release) -> None:
    write_template("htmlonly", "<p>{{ contact.greeting }}</p>")
    release_id = add_release(template="htmlonly")
    text, html = bodies(
        parse(
            composer_for(database, release_id).compose(
                Recipient("x@y.example", "Ana"), message_id="<1@a.example>"
            )
        )
    )
    assert "<p>Dear Ana,</p>" in html
    assert "FOR IMMEDIATE RELEASE" in text


def test_reaching_for_python_internals_fails_safely_naming_the_template(
    database, add_release
) -> None:
    write_template("escape", "<p>ok</p>\n<p>{{ ''.__class__.__mro__[1].__subclasses__() }}</p>\n")
    release_id = add_release(template="escape")
    with pytest.raises(InvalidInput) as caught:
        composer_for(database, release_id)
    message = str(caught.value)
    assert message.startswith("Template escape.html, line 2:")
    assert "unsafe" in message
    assert "subclasses" not in message.split(":", 1)[1].replace("__class__", "")


def test_a_syntax_error_names_the_template_and_line(database, add_release) -> None:
    write_template(
        "broken", "<p>one</p>\n<p>two</p>\n{% if contact.first_name %}\n<p>never closed</p>\n"
    )
    release_id = add_release(template="broken")
    with pytest.raises(InvalidInput, match=r"Template broken\.html, line \d+: .*endif"):
        composer_for(database, release_id)


def test_an_unknown_variable_is_an_error_not_an_empty_string(database, add_release) -> None:
    write_template("typo", "<p>{{ contact.first_name }}</p>\n\n<p>{{ contact.frist_name }}</p>\n")
    release_id = add_release(template="typo")
    with pytest.raises(InvalidInput, match=r"Template typo\.html, line 3: .*frist_name"):
        composer_for(database, release_id)


def test_errors_in_the_plain_text_template_are_found_too(database, add_release) -> None:
    write_template("textbad", "<p>fine</p>", "Hello\n{{ organization.nickname }}\n")
    release_id = add_release(template="textbad")
    with pytest.raises(InvalidInput, match=r"Template textbad\.txt, line 2: .*nickname"):
        composer_for(database, release_id)


def test_a_missing_template_is_a_clear_error(database, add_release) -> None:
    release_id = add_release(template="nowhere")
    with pytest.raises(InvalidInput, match="The template 'nowhere' does not exist"):
        composer_for(database, release_id)


def test_template_names_cannot_leave_the_templates_folder(database, add_release) -> None:
    release_id = add_release(template="../../etc/passwd")
    with pytest.raises(InvalidInput, match="not a valid template name"):
        composer_for(database, release_id)
