"""Issue 13 and 11 from the command line: several addresses, duplicates, merge, hostile fields."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli import env, ghostless_cli, home, ok  # noqa: F401 - fixtures

FIXTURES = Path(__file__).parent.parent / "fixtures" / "imports"


def test_several_addresses_duplicates_merge_and_unmerge(
    env: dict[str, str],  # noqa: F811 - the fixture imported above
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"

    def cli(*args: str | Path) -> str:
        return ok(ghostless_cli(env, *args, "--data-dir", data)).out

    ada = cli(
        "contact", "add", "--name", "Ada Lovelace", "--org", "Analytical Engines",
        "--email", "ada@ae.example", "--email", "ada@home.example", "--url", "example.org/ada",
    ).strip()  # fmt: skip
    shown = ok(ghostless_cli(env, "contact", "show", ada, "--json", "--data-dir", data)).json()
    assert [(a["value"], a["primary"]) for a in shown["addresses"]] == [
        ("ada@ae.example", True),
        ("ada@home.example", False),
        ("https://example.org/ada", True),
    ]
    assert "ada@ae.example (+1)" in cli("contact", "list")
    other = cli("contact", "add", "--name", "Lovelace Ada", "--org", "analytical engines").strip()
    cli("loop", "add", "--contact", other, "--kind", "networking_call", "--subject", "Coffee")
    pairs = ok(ghostless_cli(env, "contact", "duplicates", "--json", "--data-dir", data)).json()
    assert [pair["ids"] for pair in pairs] == [[int(ada), int(other)]]
    merged = cli("contact", "merge", ada, other)
    assert "1 loop(s) moved" in merged
    assert "ghostless contact unmerge 1" in merged
    assert "No likely duplicates." in cli("contact", "duplicates")
    assert "Lovelace Ada" not in cli("contact", "list")
    assert "Lovelace Ada is contact" in cli("contact", "unmerge")
    assert "Lovelace Ada" in cli("contact", "list")

    cli("export", "vcard", tmp_path / "all.vcf")
    fresh = tmp_path / "fresh"
    out = ok(ghostless_cli(env, "import", "vcard", tmp_path / "all.vcf", "--data-dir", fresh)).out
    assert out.startswith("Imported: 2 created")


def test_hostile_fields_and_files_get_one_clear_line(
    env: dict[str, str],  # noqa: F811 - the fixture imported above
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    bad_url = ghostless_cli(env, "contact", "add", "--name", "A", "--url", "http://[oops",
                            "--data-dir", data)  # fmt: skip
    assert bad_url.code == 2
    assert bad_url.err == "ghostless: url: 'http://[oops' is not a web address\n"
    nul = ghostless_cli(env, "contact", "add", "--name", "\x07Bell", "--data-dir", data)
    assert nul.code == 2
    assert nul.err.startswith("ghostless: name: contains a control character (U+0007)")
    rows = tmp_path / "Connections.csv"
    rows.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "\x00Ada,L,https://x.example/in/a,,,,\n"
        "Grace,Hopper,http://[oops,,Navy,,\n"
    )
    out = ok(ghostless_cli(env, "import", "linkedin", rows, "--data-dir", data)).out
    assert f"{rows}, line 2: skipped: name: contains a control character (U+0000)" in out
    assert f"{rows}, line 3: URL 'http://[oops' left out: 'http://[oops' is not a web" in out
    binary = tmp_path / "photo.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    run = ghostless_cli(env, "import", "vcard", binary, "--data-dir", data)
    assert run.code == 2
    assert "is not a contacts file" in run.err
    assert "encoding" not in run.err
